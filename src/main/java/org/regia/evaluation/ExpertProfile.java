package org.regia.evaluation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the assignment and the conflict rules need to know about an expert.
 *
 * @param organisation current organisation (may be null for independent experts)
 * @param pastOrganisations organisations the expert worked for before
 * @param coApplications past applications the expert took part in: with which organisation, when
 * @param declaredRelations organisations the expert declared a relationship with
 * @param maxLoad maximum number of applications per call
 */
public record ExpertProfile(UUID id, String name, Gender gender, Set<String> languages, Set<String> keywords,
                            Set<String> domains, UUID organisation, Set<UUID> pastOrganisations,
                            List<CoApplication> coApplications, Set<UUID> declaredRelations, int maxLoad,
                            boolean available) {

    public ExpertProfile {
        languages = Set.copyOf(languages);
        keywords = Set.copyOf(keywords);
        domains = Set.copyOf(domains);
        pastOrganisations = Set.copyOf(pastOrganisations);
        coApplications = List.copyOf(coApplications);
        declaredRelations = Set.copyOf(declaredRelations);
        if (maxLoad < 0) {
            throw new IllegalArgumentException("max load must not be negative");
        }
    }

    /** The expert applied together with this organisation on that date. */
    public record CoApplication(UUID organisation, LocalDate date) {
    }
}
