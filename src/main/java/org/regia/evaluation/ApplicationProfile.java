package org.regia.evaluation;

import java.util.Set;
import java.util.UUID;

/** What the assignment needs to know about an application: its language, topics and partner organisations. */
public record ApplicationProfile(UUID id, String reference, String language, Set<String> keywords, Set<String> domains,
                                 Set<UUID> partnerOrganisations) {

    public ApplicationProfile {
        keywords = Set.copyOf(keywords);
        domains = Set.copyOf(domains);
        partnerOrganisations = Set.copyOf(partnerOrganisations);
    }
}
