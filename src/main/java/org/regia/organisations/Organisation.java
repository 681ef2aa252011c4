package org.regia.organisations;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;

/** A legal entity that applies for, receives or delivers support. */
@Entity
@Table(name = "organisation")
@Audited
public class Organisation {

    @Id
    private UUID id;
    @Column(name = "legal_name", nullable = false)
    private String legalName;
    @Column(name = "short_name")
    private String shortName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationType type;
    @Column(name = "enterprise_number", length = 10, unique = true)
    private String enterpriseNumber;
    @Embedded
    private Address address;
    @Column(name = "nace_code")
    private String naceCode;
    @Column(name = "website")
    private String website;
    // few rows per organisation, needed for the size class on every page: load with the organisation, in batches
    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 50)
    @OrderBy("year")
    private List<YearFigures> figures = new ArrayList<>();
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Organisation() {
    }

    public Organisation(String legalName, String shortName, OrganisationType type, EnterpriseNumber enterpriseNumber,
                        Address address, String naceCode, String website, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.createdAt = createdAt;
        describe(legalName, shortName, type, enterpriseNumber, address, naceCode, website);
    }

    public void describe(String legalName, String shortName, OrganisationType type, EnterpriseNumber enterpriseNumber,
                         Address address, String naceCode, String website) {
        if (legalName == null || legalName.isBlank()) {
            throw DomainException.onField("legalName", "organisation.legalNameRequired");
        }
        if (type == null) {
            throw DomainException.onField("type", "organisation.typeRequired");
        }
        if (address == null) {
            throw DomainException.onField("postcode", "address.postcodeRequired");
        }
        if (enterpriseNumber == null && "BE".equals(address.getCountry()) && type != OrganisationType.SCHOOL) {
            throw DomainException.onField("enterpriseNumber", "enterpriseNumber.empty");
        }
        this.legalName = legalName.trim();
        this.shortName = shortName == null || shortName.isBlank() ? null : shortName.trim();
        this.type = type;
        this.enterpriseNumber = enterpriseNumber == null ? null : enterpriseNumber.digits();
        this.address = address;
        this.naceCode = NaceCode.normalise(naceCode);
        this.website = website == null || website.isBlank() ? null : website.trim();
    }

    /** Records (or corrects) the figures of one accounting year. */
    public void recordFigures(YearFigures yearFigures) {
        figures.stream().filter(f -> f.getYear() == yearFigures.getYear()).findFirst().ifPresentOrElse(
                existing -> existing.correct(yearFigures),
                () -> {
                    yearFigures.belongTo(this);
                    figures.add(yearFigures);
                    figures.sort(Comparator.comparingInt(YearFigures::getYear));
                });
    }

    public Optional<SizeAssessment> sizeAssessment() {
        return SizeAssessment.of(figures);
    }

    public Optional<SizeClass> sizeClass() {
        return sizeAssessment().map(SizeAssessment::sizeClass);
    }

    public boolean isInBrusselsRegion() {
        return address != null && address.isInBrusselsRegion();
    }

    public String displayName() {
        return shortName != null ? shortName + " (" + legalName + ")" : legalName;
    }

    public UUID getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public String getShortName() {
        return shortName;
    }

    public OrganisationType getType() {
        return type;
    }

    public Optional<EnterpriseNumber> getEnterpriseNumber() {
        return Optional.ofNullable(enterpriseNumber).map(EnterpriseNumber::parse);
    }

    public Address getAddress() {
        return address;
    }

    public String getNaceCode() {
        return naceCode;
    }

    public String getWebsite() {
        return website;
    }

    public List<YearFigures> getFigures() {
        return List.copyOf(figures);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
