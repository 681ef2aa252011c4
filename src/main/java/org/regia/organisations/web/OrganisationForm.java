package org.regia.organisations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationType;

public class OrganisationForm {

    @NotBlank
    @Size(max = 250)
    private String legalName;
    @Size(max = 80)
    private String shortName;
    @NotNull
    private OrganisationType type;
    private String enterpriseNumber;
    @Size(max = 250)
    private String street;
    @NotBlank
    private String postcode;
    @Size(max = 120)
    private String municipality;
    private String country = "BE";
    private String naceCode;
    @Size(max = 250)
    private String website;
    private long version;

    public static OrganisationForm of(Organisation o) {
        OrganisationForm f = new OrganisationForm();
        f.legalName = o.getLegalName();
        f.shortName = o.getShortName();
        f.type = o.getType();
        f.enterpriseNumber = o.getEnterpriseNumber().map(n -> n.formatted()).orElse(null);
        f.street = o.getAddress().getStreet();
        f.postcode = o.getAddress().getPostcode();
        f.municipality = o.getAddress().getMunicipality();
        f.country = o.getAddress().getCountry();
        f.naceCode = o.getNaceCode();
        f.website = o.getWebsite();
        f.version = o.getVersion();
        return f;
    }

    public OrganisationDetails toDetails() {
        return new OrganisationDetails(legalName, shortName, type, enterpriseNumber, street, postcode, municipality,
                country, naceCode, website);
    }

    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public OrganisationType getType() { return type; }
    public void setType(OrganisationType type) { this.type = type; }
    public String getEnterpriseNumber() { return enterpriseNumber; }
    public void setEnterpriseNumber(String enterpriseNumber) { this.enterpriseNumber = enterpriseNumber; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getNaceCode() { return naceCode; }
    public void setNaceCode(String naceCode) { this.naceCode = naceCode; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
