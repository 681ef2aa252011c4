package org.regia.organisations;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import org.regia.shared.BrusselsPostcodes;
import org.regia.shared.DomainException;

/** A postal address. Belgian postcodes are four digits from 1000 to 9999. */
@Embeddable
public class Address {

    @Column(name = "street")
    private String street;
    @Column(name = "postcode", nullable = false)
    private String postcode;
    @Column(name = "municipality")
    private String municipality;
    @Column(name = "country", nullable = false, length = 2)
    private String country;

    protected Address() {
    }

    public Address(String street, String postcode, String municipality, String country) {
        String c = country == null || country.isBlank() ? "BE" : country.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
            throw DomainException.onField("country", "address.country", country);
        }
        String pc = postcode == null ? "" : postcode.trim();
        if (pc.isEmpty()) {
            throw DomainException.onField("postcode", "address.postcodeRequired");
        }
        if ("BE".equals(c) && !pc.matches("[1-9]\\d{3}")) {
            throw DomainException.onField("postcode", "address.postcodeBelgian", pc);
        }
        this.street = street == null ? null : street.trim();
        this.postcode = pc;
        this.country = c;
        this.municipality = municipality != null && !municipality.isBlank() ? municipality.trim()
                : "BE".equals(c) ? BrusselsPostcodes.municipality(pc).orElse(null) : null;
    }

    /** In one of the 19 municipalities of the Brussels-Capital Region. */
    public boolean isInBrusselsRegion() {
        return "BE".equals(country) && BrusselsPostcodes.isInRegion(postcode);
    }

    public String getStreet() {
        return street;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getCountry() {
        return country;
    }

    @Override
    public String toString() {
        return (street == null ? "" : street + ", ") + postcode + (municipality == null ? "" : " " + municipality)
                + ("BE".equals(country) ? "" : " (" + country + ")");
    }
}
