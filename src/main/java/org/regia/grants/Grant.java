package org.regia.grants;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.regia.shared.DomainException;

/**
 * A grant awarded to an organisation (the coordinator, for a consortium: the partners' shares are {@link GrantPartner}s),
 * created from a funding decision or by a financial officer. A grant from a funding decision carries its agreement:
 * parties with amounts per year, conditions, payment schedule, reporting schedule and the sign-off trail (institute,
 * cabinet, beneficiary); the agreement is {@code SIGNED} once all three have signed.
 */
@Entity
@Table(name = "grants_grant")
@Audited
public class Grant {

    public enum Status { OPEN, CLOSED }

    public enum AgreementState { DRAFT, SIGNED }

    /** Who signs the agreement, in the order of the domain (institute, cabinet/minister, beneficiary). */
    public enum Signatory { INSTITUTE, CABINET, BENEFICIARY }

    /** The amount awarded to one partner for one fiscal year. */
    @Embeddable
    public record Allocation(@Column(name = "organisation_id") UUID organisationId, boolean coordinator,
                             @Column(name = "fiscal_year") int year,
                             @Column(precision = 15, scale = 2) BigDecimal amount) {
    }

    public enum InstalmentKind { ADVANCE, INSTALMENT, BALANCE }

    /** One payment of the schedule: the advance at signature, an instalment after an approved report, the balance. */
    @Embeddable
    public record Instalment(@Enumerated(EnumType.STRING) InstalmentKind kind,
                             @Column(precision = 5, scale = 2) BigDecimal percent,
                             @Column(precision = 15, scale = 2) BigDecimal amount,
                             @Column(name = "report_no") Integer reportNo) {
    }

    public enum ReportKind { PROGRESS, FINAL }

    /** A report due on a date (numbered from 1 in the order of the schedule). */
    @Embeddable
    public record ReportDue(@Enumerated(EnumType.STRING) ReportKind kind, @Column(name = "due_date") LocalDate dueDate) {
    }

    /** One signature of the agreement: who signed for which party, when, and the evidence of the signing service. */
    @Embeddable
    public record SignOff(@Enumerated(EnumType.STRING) Signatory signatory, @Column(name = "signed_by") String signedBy,
                          @Column(name = "signed_at") Instant signedAt, String evidence) {
    }

    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String reference;
    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false, precision = 15, scale = 2)
    private BigDecimal awarded;
    @Column(name = "start_date", nullable = false)
    private LocalDate start;
    @Column(name = "end_date", nullable = false)
    private LocalDate end;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "decision_id")
    private UUID decisionId;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "call_id")
    private UUID callId;
    @Column(name = "programme_id")
    private UUID programmeId;
    @Column(name = "awarded_at")
    private java.time.Instant awardedAt;
    @Version
    private long version;
    private String conditions;
    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_state", nullable = false)
    private AgreementState agreementState = AgreementState.DRAFT;
    @Column(name = "signed_at")
    private Instant signedAt;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "grants_allocation", joinColumns = @JoinColumn(name = "grant_id"))
    private Set<Allocation> allocations = new HashSet<>();
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "grants_instalment", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    private List<Instalment> instalments = new ArrayList<>();
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "grants_report_due", joinColumns = @JoinColumn(name = "grant_id"))
    @OrderColumn(name = "position")
    private List<ReportDue> reports = new ArrayList<>();
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "grants_signoff", joinColumns = @JoinColumn(name = "grant_id"))
    private Set<SignOff> signOffs = new HashSet<>();

    protected Grant() {
    }

    Grant(String reference, UUID organisationId, String title, BigDecimal awarded, LocalDate start, LocalDate end) {
        if (reference == null || reference.isBlank()) {
            throw DomainException.onField("reference", "grants.grant.referenceRequired");
        }
        if (awarded == null || awarded.signum() <= 0) {
            throw DomainException.onField("awarded", "grants.amount.positive");
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw DomainException.onField("end", "grants.grant.endBeforeStart");
        }
        this.id = UUID.randomUUID();
        this.reference = reference.trim();
        this.organisationId = organisationId;
        this.title = title;
        this.awarded = awarded;
        this.start = start;
        this.end = end;
        this.status = Status.OPEN;
    }

    /** Where the grant comes from (a funding decision on an application of a call) and when it was awarded. */
    void origin(UUID decisionId, UUID applicationId, UUID callId, UUID programmeId, java.time.Instant awardedAt) {
        this.decisionId = decisionId;
        this.applicationId = applicationId;
        this.callId = callId;
        this.programmeId = programmeId;
        this.awardedAt = awardedAt;
    }

    /** The event announcing this grant to the other modules. */
    GrantAwarded awarded() {
        return new GrantAwarded(id, reference, organisationId, applicationId, callId, programmeId, title, awarded,
                start, end, awardedAt);
    }

    /** The agreement terms; amounts per partner and year and the payment schedule must add up to the total awarded. */
    void agreement(String conditions, List<Allocation> allocations, List<Instalment> instalments, List<ReportDue> reports) {
        BigDecimal sum = allocations.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(awarded) != 0) {
            throw DomainException.onField("awarded", "grants.agreement.allocationsMismatch", sum.toPlainString(), awarded.toPlainString());
        }
        BigDecimal scheduled = instalments.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (scheduled.compareTo(awarded) != 0) {
            throw DomainException.onField("awarded", "grants.agreement.scheduleMismatch", scheduled.toPlainString(), awarded.toPlainString());
        }
        this.conditions = conditions;
        this.allocations.addAll(allocations);
        this.instalments.addAll(instalments);
        this.reports.addAll(reports);
    }

    /**
     * Replaces the agreement's terms by those of an approved amendment ({@link AmendmentService}): end date, amounts
     * per partner and year, payment and reporting schedules. The total awarded never changes.
     */
    void amend(AgreementSnapshot terms) {
        if (terms.total().compareTo(awarded) != 0 || !terms.start().equals(start)) {
            throw DomainException.onField("amounts", "grants.amendment.totalNotKept", terms.total().toPlainString(), awarded.toPlainString());
        }
        if (terms.end().isBefore(start)) {
            throw DomainException.onField("end", "grants.grant.endBeforeStart");
        }
        List<Allocation> newAllocations = terms.allocations();
        BigDecimal sum = newAllocations.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal scheduled = terms.instalments().stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(awarded) != 0 || scheduled.compareTo(awarded) != 0) {
            throw DomainException.onField("amounts", "grants.agreement.allocationsMismatch", sum.toPlainString(), awarded.toPlainString());
        }
        this.end = terms.end();
        this.allocations.clear();
        this.allocations.addAll(newAllocations);
        this.instalments.clear();
        this.instalments.addAll(terms.instalments());
        this.reports.clear();
        this.reports.addAll(terms.reports());
    }

    /** Records one signature; returns true when it completes the agreement (all three parties signed). */
    boolean sign(SignOff signOff) {
        if (agreementState == AgreementState.SIGNED || signedBy(signOff.signatory()) != null) {
            throw new DomainException("grants.signoff.already", signOff.signatory().name());
        }
        signOffs.add(signOff);
        if (signOffs.size() == Signatory.values().length) {
            agreementState = AgreementState.SIGNED;
            signedAt = signOff.signedAt();
            return true;
        }
        return false;
    }

    public SignOff signedBy(Signatory signatory) {
        return signOffs.stream().filter(s -> s.signatory() == signatory).findFirst().orElse(null);
    }

    /** The sign-off trail keyed by party, in the order institute, cabinet, beneficiary. */
    public Map<Signatory, SignOff> signOffTrail() {
        Map<Signatory, SignOff> trail = new EnumMap<>(Signatory.class);
        signOffs.forEach(s -> trail.put(s.signatory(), s));
        return trail;
    }

    /** The total per fiscal year over all partners. */
    public Map<Integer, BigDecimal> amountsPerYear() {
        Map<Integer, BigDecimal> years = new java.util.TreeMap<>();
        allocations.forEach(a -> years.merge(a.year(), a.amount(), BigDecimal::add));
        return years;
    }

    /** The allocations sorted: coordinator first, then by organisation and year. */
    public List<Allocation> allocations() {
        return allocations.stream().sorted(java.util.Comparator.comparing((Allocation a) -> !a.coordinator())
                .thenComparing(Allocation::organisationId).thenComparing(Allocation::year)).toList();
    }

    public List<Instalment> instalments() { return Collections.unmodifiableList(instalments); }
    public List<ReportDue> reports() { return Collections.unmodifiableList(reports); }
    public String getConditions() { return conditions; }
    public AgreementState getAgreementState() { return agreementState; }
    public Instant getSignedAt() { return signedAt; }

    void close() {
        this.status = Status.CLOSED;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public UUID getOrganisationId() { return organisationId; }
    public String getTitle() { return title; }
    public BigDecimal getAwarded() { return awarded; }
    public LocalDate getStart() { return start; }
    public LocalDate getEnd() { return end; }
    public Status getStatus() { return status; }
    public UUID getDecisionId() { return decisionId; }
    public UUID getApplicationId() { return applicationId; }
    public UUID getCallId() { return callId; }
    public UUID getProgrammeId() { return programmeId; }
    public java.time.Instant getAwardedAt() { return awardedAt; }
}
