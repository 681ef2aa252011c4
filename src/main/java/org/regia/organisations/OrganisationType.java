package org.regia.organisations;

public enum OrganisationType {
    COMPANY, UNIVERSITY, RESEARCH_CENTRE, NON_PROFIT, PUBLIC_BODY, SCHOOL
}
