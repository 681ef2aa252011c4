package org.regia.catalogue;

import java.util.EnumSet;
import java.util.Set;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;

/** "Who are you?" in the finder: an organisation type and, for companies, SME or not. */
public enum FinderProfile {
    SME(OrganisationType.COMPANY, EnumSet.of(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM)),
    LARGE_COMPANY(OrganisationType.COMPANY, EnumSet.of(SizeClass.LARGE)),
    UNIVERSITY(OrganisationType.UNIVERSITY, Set.of()),
    RESEARCH_CENTRE(OrganisationType.RESEARCH_CENTRE, Set.of()),
    NON_PROFIT(OrganisationType.NON_PROFIT, Set.of()),
    PUBLIC_BODY(OrganisationType.PUBLIC_BODY, Set.of()),
    SCHOOL(OrganisationType.SCHOOL, Set.of());

    private final OrganisationType type;
    private final Set<SizeClass> sizes;

    FinderProfile(OrganisationType type, Set<SizeClass> sizes) {
        this.type = type;
        this.sizes = sizes;
    }

    public OrganisationType type() {
        return type;
    }

    /** Size classes this profile may have; empty when size does not apply. */
    public Set<SizeClass> sizes() {
        return sizes;
    }
}
