package org.regia.organisations;

/** What a person does for an organisation. */
public enum AffiliationRole {
    LEGAL_REPRESENTATIVE, CONTACT, FINANCIAL_CONTACT, RESEARCHER, STAFF
}
