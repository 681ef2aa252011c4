package org.regia.organisations;

import java.util.Optional;
import org.regia.shared.EnterpriseNumber;

/**
 * Port to an authentic source of company data (the Crossroads Bank for Enterprises, KBO/BCE). Pre-fills an
 * organisation from its enterprise number so applicants do not retype what the region already knows.
 */
public interface AuthenticSource {

    Optional<CompanyRecord> lookup(EnterpriseNumber number);

    /** What the register says about an enterprise. */
    record CompanyRecord(EnterpriseNumber enterpriseNumber, String legalName, String shortName, OrganisationType type,
                         String street, String postcode, String municipality, String naceCode, String source) {
    }
}
