package org.regia.catalogue;

import org.regia.organisations.OrganisationType;

/** Filters of the public catalogue; null = no filter. {@code trl}: programmes whose range contains it (or n/a). */
public record CatalogueFilter(String q, InnovationPhase phase, Track track, InnovationDomain domain,
                              OrganisationType beneficiaryType, Integer trl, InstrumentKind kind,
                              boolean includeArchived) {

    public static CatalogueFilter none() {
        return new CatalogueFilter(null, null, null, null, null, null, null, false);
    }

    boolean accepts(Programme p) {
        return (includeArchived || p.isActive())
                && (phase == null || p.getPhases().contains(phase))
                && (track == null || p.getTracks().contains(track))
                && (domain == null || p.getDomains().contains(domain))
                && (beneficiaryType == null || p.getBeneficiaryTypes().contains(beneficiaryType))
                && (trl == null || (p.getTrl().isApplicable() && p.getTrl().contains(trl)))
                && (kind == null || p.getKind() == kind);
    }
}
