package org.regia.organisations;

/** What a person enters to describe an organisation (form or API); checked by the domain. */
public record OrganisationDetails(String legalName, String shortName, OrganisationType type, String enterpriseNumber,
                                  String street, String postcode, String municipality, String country,
                                  String naceCode, String website) {
}
