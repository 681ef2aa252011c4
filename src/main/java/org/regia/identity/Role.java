package org.regia.identity;

/** What a person does in Regia. A user may hold several roles. */
public enum Role {
    APPLICANT,
    PROGRAMME_OFFICER,
    FINANCE_OFFICER,
    EXPERT,
    COMMITTEE,
    CONTROL_OFFICER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
