package org.regia.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;

/** A funding programme (instrument) of the catalogue, placed on the innovation journey. */
@Entity
@Table(name = "programme")
@Audited
public class Programme {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String code;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "name_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "name_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en"))})
    private LocalizedText name;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "fr", column = @Column(name = "description_fr")),
            @AttributeOverride(name = "nl", column = @Column(name = "description_nl")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en"))})
    private LocalizedText description;
    @Enumerated(EnumType.STRING)
    @Column(name = "instrument_kind", nullable = false)
    private InstrumentKind kind;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // own (batched) select: joined, the eager sets multiply into one row per combination
    @CollectionTable(name = "programme_phase", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "phase")
    @BatchSize(size = 50)
    private Set<InnovationPhase> phases = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // own (batched) select: joined, the eager sets multiply into one row per combination
    @CollectionTable(name = "programme_track", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "track")
    @BatchSize(size = 50)
    private Set<Track> tracks = new LinkedHashSet<>();
    @Embedded
    private TrlRange trl;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // own (batched) select: joined, the eager sets multiply into one row per combination
    @CollectionTable(name = "programme_beneficiary_type", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type")
    @BatchSize(size = 50)
    private Set<OrganisationType> beneficiaryTypes = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // own (batched) select: joined, the eager sets multiply into one row per combination
    @CollectionTable(name = "programme_size_class", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class")
    @BatchSize(size = 50)
    private Set<SizeClass> sizeClasses = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // own (batched) select: joined, the eager sets multiply into one row per combination
    @CollectionTable(name = "programme_domain", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "domain")
    @BatchSize(size = 50)
    private Set<InnovationDomain> domains = new LinkedHashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // own (batched) select: joined, the eager sets multiply into one row per combination
    @CollectionTable(name = "programme_need", joinColumns = @JoinColumn(name = "programme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "need")
    @BatchSize(size = 50)
    private Set<SupportNeed> needs = new LinkedHashSet<>();
    @Column(name = "legal_basis")
    private String legalBasis;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT) // own (batched) select: joined, the eager sets multiply into one row per combination
    @CollectionTable(name = "programme_budget_line", joinColumns = @JoinColumn(name = "programme_id"))
    @Column(name = "code")
    @BatchSize(size = 50)
    private Set<String> budgetLines = new TreeSet<>();
    @Embedded
    private FundingRules funding;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Programme() {
    }

    public Programme(ProgrammeDetails details, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.createdAt = createdAt;
        this.active = true;
        describe(details);
    }

    public void describe(ProgrammeDetails d) {
        if (d.code() == null || !CODE.matcher(d.code().trim()).matches()) {
            throw DomainException.onField("code", "catalogue.programme.codeInvalid");
        }
        requireText(d.name(), "name");
        if (d.kind() == null) {
            throw DomainException.onField("kind", "catalogue.programme.kindRequired");
        }
        if (d.beneficiaryTypes() == null || d.beneficiaryTypes().isEmpty()) {
            throw DomainException.onField("beneficiaryTypes", "catalogue.programme.beneficiaryRequired");
        }
        Set<String> lines = new TreeSet<>();
        if (d.budgetLines() != null) {
            for (String line : d.budgetLines()) {
                if (line != null && !line.isBlank()) {
                    lines.add(BudgetLineCode.normalise(line));
                }
            }
        }
        this.code = d.code().trim();
        this.name = d.name();
        this.description = d.description() == null ? LocalizedText.of("", "") : d.description();
        this.kind = d.kind();
        this.trl = d.trl() == null ? TrlRange.notApplicable() : d.trl();
        this.funding = d.funding() == null ? FundingRules.none() : d.funding();
        this.legalBasis = d.legalBasis() == null || d.legalBasis().isBlank() ? null : d.legalBasis().trim();
        replace(phases, d.phases());
        replace(tracks, d.tracks());
        replace(beneficiaryTypes, d.beneficiaryTypes());
        replace(sizeClasses, d.sizeClasses());
        replace(domains, d.domains());
        replace(needs, d.needs());
        replace(budgetLines, lines);
    }

    private static void requireText(LocalizedText text, String field) {
        if (text == null || text.fr() == null || text.fr().isBlank()) {
            throw DomainException.onField(field + "Fr", "catalogue.text.frRequired");
        }
        if (text.nl() == null || text.nl().isBlank()) {
            throw DomainException.onField(field + "Nl", "catalogue.text.nlRequired");
        }
    }

    private static <T> void replace(Set<T> target, Set<T> source) {
        target.clear();
        if (source != null) {
            target.addAll(source);
        }
    }

    public void archive() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Can an organisation of this type and size (null = unknown or not a company) benefit? */
    public boolean admitsBeneficiary(OrganisationType type) {
        return beneficiaryTypes.contains(type);
    }

    public boolean admitsSize(SizeClass size) {
        return sizeClasses.isEmpty() || size == null || sizeClasses.contains(size);
    }

    public ProgrammeDetails details() {
        return new ProgrammeDetails(code, name, getDescription(), kind, copy(phases, InnovationPhase.class),
                copy(tracks, Track.class), trl, copy(beneficiaryTypes, OrganisationType.class),
                copy(sizeClasses, SizeClass.class), copy(domains, InnovationDomain.class),
                copy(needs, SupportNeed.class), legalBasis, new TreeSet<>(budgetLines), funding);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> set, Class<E> type) {
        return set.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(set);
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalizedText getName() {
        return name;
    }

    /** Never null: Hibernate loads an embeddable whose columns are all null as null. */
    public LocalizedText getDescription() {
        return description == null ? LocalizedText.of("", "") : description;
    }

    public InstrumentKind getKind() {
        return kind;
    }

    public Set<InnovationPhase> getPhases() {
        return Collections.unmodifiableSet(copy(phases, InnovationPhase.class));
    }

    public Set<Track> getTracks() {
        return Collections.unmodifiableSet(copy(tracks, Track.class));
    }

    public TrlRange getTrl() {
        return trl == null ? TrlRange.notApplicable() : trl;
    }

    public Set<OrganisationType> getBeneficiaryTypes() {
        return Collections.unmodifiableSet(copy(beneficiaryTypes, OrganisationType.class));
    }

    public Set<SizeClass> getSizeClasses() {
        return Collections.unmodifiableSet(copy(sizeClasses, SizeClass.class));
    }

    public Set<InnovationDomain> getDomains() {
        return Collections.unmodifiableSet(copy(domains, InnovationDomain.class));
    }

    public Set<SupportNeed> getNeeds() {
        return Collections.unmodifiableSet(copy(needs, SupportNeed.class));
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public Set<String> getBudgetLines() {
        return Collections.unmodifiableSet(budgetLines);
    }

    public FundingRules getFunding() {
        return funding == null ? FundingRules.none() : funding;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
