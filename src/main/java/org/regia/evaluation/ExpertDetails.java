package org.regia.evaluation;

import java.util.Set;

/**
 * What an expert (or an officer for them) says about the expert: gender, languages, expertise keywords, strategic
 * domains, current and past organisations (enterprise numbers, for the conflict checks), declared relationships,
 * availability and maximum load per call.
 */
public record ExpertDetails(String name, Expert.Kind kind, Gender gender, Set<String> languages, String keywords,
                            Set<String> domains, String organisationName, String organisationNumber,
                            String pastOrganisationNumbers, String declaredRelationNumbers, boolean available,
                            Integer maxLoad) {
}
