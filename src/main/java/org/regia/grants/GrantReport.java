package org.regia.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.regia.shared.DomainException;

/**
 * One submission of a report due under a grant's agreement (progress report n or the final report): the scientific
 * part (a text, checked by a programme officer) and the cost claim per cost category (checked by a financial officer,
 * who accepts at most what is claimed per category). A report whose submission is rejected in either part goes back
 * to the beneficiary with the comments and is submitted again as a new submission; every submission is kept.
 */
@Entity
@Table(name = "grants_report_submission")
public class GrantReport {

    /** Cost categories of a claim: the applications' direct categories plus the flat-rate overheads. */
    public enum Category {
        PERSONNEL("personnel"), SUBCONTRACTING("subcontracting"), EQUIPMENT("equipment"), OTHER_DIRECT("otherDirect"),
        OVERHEADS("overheads");

        private final String field;

        Category(String field) {
            this.field = field;
        }

        /** The form field (and the field of a DomainException) carrying this category's amount. */
        public String field() {
            return field;
        }
    }

    public enum Check { PENDING, APPROVED, REJECTED }

    /** Where a submission stands: waiting for the checks, returned to the beneficiary, or fully approved. */
    public enum State { SUBMITTED, REJECTED, APPROVED }

    @Id
    private UUID id;
    @Column(name = "grant_id", nullable = false)
    private UUID grantId;
    @Column(name = "report_no", nullable = false)
    private int reportNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Grant.ReportKind kind;
    @Column(name = "submission_no", nullable = false)
    private int submissionNo;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "submitted_by", nullable = false)
    private String submittedBy;
    @Column(name = "scientific_text", nullable = false)
    private String scientificText;
    @Column(name = "claimed_personnel", nullable = false, precision = 15, scale = 2)
    private BigDecimal claimedPersonnel;
    @Column(name = "claimed_subcontracting", nullable = false, precision = 15, scale = 2)
    private BigDecimal claimedSubcontracting;
    @Column(name = "claimed_equipment", nullable = false, precision = 15, scale = 2)
    private BigDecimal claimedEquipment;
    @Column(name = "claimed_other_direct", nullable = false, precision = 15, scale = 2)
    private BigDecimal claimedOtherDirect;
    @Column(name = "claimed_overheads", nullable = false, precision = 15, scale = 2)
    private BigDecimal claimedOverheads;
    @Enumerated(EnumType.STRING)
    @Column(name = "scientific_state", nullable = false)
    private Check scientificState = Check.PENDING;
    @Column(name = "scientific_comment")
    private String scientificComment;
    @Column(name = "scientific_by")
    private String scientificBy;
    @Column(name = "scientific_at")
    private Instant scientificAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "financial_state", nullable = false)
    private Check financialState = Check.PENDING;
    @Column(name = "financial_comment")
    private String financialComment;
    @Column(name = "financial_by")
    private String financialBy;
    @Column(name = "financial_at")
    private Instant financialAt;
    @Column(name = "accepted_personnel", precision = 15, scale = 2)
    private BigDecimal acceptedPersonnel;
    @Column(name = "accepted_subcontracting", precision = 15, scale = 2)
    private BigDecimal acceptedSubcontracting;
    @Column(name = "accepted_equipment", precision = 15, scale = 2)
    private BigDecimal acceptedEquipment;
    @Column(name = "accepted_other_direct", precision = 15, scale = 2)
    private BigDecimal acceptedOtherDirect;
    @Column(name = "accepted_overheads", precision = 15, scale = 2)
    private BigDecimal acceptedOverheads;
    @Version
    private long version;

    protected GrantReport() {
    }

    GrantReport(UUID grantId, int reportNo, Grant.ReportKind kind, int submissionNo, Instant at, String by,
                String scientificText, Map<Category, BigDecimal> claimed) {
        if (scientificText == null || scientificText.isBlank()) {
            throw DomainException.onField("scientificText", "grants.report.textRequired");
        }
        Map<Category, BigDecimal> c = amounts(claimed, null);
        this.id = UUID.randomUUID();
        this.grantId = grantId;
        this.reportNo = reportNo;
        this.kind = kind;
        this.submissionNo = submissionNo;
        this.submittedAt = at;
        this.submittedBy = by;
        this.scientificText = scientificText.strip();
        this.claimedPersonnel = c.get(Category.PERSONNEL);
        this.claimedSubcontracting = c.get(Category.SUBCONTRACTING);
        this.claimedEquipment = c.get(Category.EQUIPMENT);
        this.claimedOtherDirect = c.get(Category.OTHER_DIRECT);
        this.claimedOverheads = c.get(Category.OVERHEADS);
    }

    /** Every category present, not negative, at most two decimals; at most the cap per category when one is given. */
    private static Map<Category, BigDecimal> amounts(Map<Category, BigDecimal> in, Map<Category, BigDecimal> cap) {
        Map<Category, BigDecimal> out = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            BigDecimal amount = in == null ? null : in.get(category);
            if (amount == null) {
                throw DomainException.onField(category.field(), "grants.report.amountRequired");
            }
            if (amount.signum() < 0) {
                throw DomainException.onField(category.field(), "grants.report.amountNegative");
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                throw DomainException.onField(category.field(), "grants.report.amountCents");
            }
            if (cap != null && amount.compareTo(cap.get(category)) > 0) {
                throw DomainException.onField(category.field(), "grants.report.acceptedAboveClaimed",
                        amount.toPlainString(), cap.get(category).toPlainString());
            }
            out.put(category, amount.setScale(2));
        }
        return out;
    }

    /** The programme officer's check of the scientific part; a rejection needs a comment for the beneficiary. */
    void reviewScientific(boolean approve, String comment, String by, Instant at) {
        if (scientificState != Check.PENDING) {
            throw new DomainException("grants.report.alreadyChecked", submissionNo);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (!approve && text == null) {
            throw DomainException.onField("comment", "grants.report.commentRequired");
        }
        this.scientificState = approve ? Check.APPROVED : Check.REJECTED;
        this.scientificComment = text;
        this.scientificBy = by;
        this.scientificAt = at;
    }

    /**
     * The financial officer's check of the cost claim: approved with the accepted amount per category (never more than
     * claimed), or rejected with a comment.
     */
    void reviewFinancial(boolean approve, Map<Category, BigDecimal> accepted, String comment, String by, Instant at) {
        if (financialState != Check.PENDING) {
            throw new DomainException("grants.report.alreadyChecked", submissionNo);
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (approve) {
            Map<Category, BigDecimal> a = amounts(accepted, claimed());
            this.acceptedPersonnel = a.get(Category.PERSONNEL);
            this.acceptedSubcontracting = a.get(Category.SUBCONTRACTING);
            this.acceptedEquipment = a.get(Category.EQUIPMENT);
            this.acceptedOtherDirect = a.get(Category.OTHER_DIRECT);
            this.acceptedOverheads = a.get(Category.OVERHEADS);
        } else if (text == null) {
            throw DomainException.onField("comment", "grants.report.commentRequired");
        }
        this.financialState = approve ? Check.APPROVED : Check.REJECTED;
        this.financialComment = text;
        this.financialBy = by;
        this.financialAt = at;
    }

    public State state() {
        if (scientificState == Check.REJECTED || financialState == Check.REJECTED) {
            return State.REJECTED;
        }
        return scientificState == Check.APPROVED && financialState == Check.APPROVED ? State.APPROVED : State.SUBMITTED;
    }

    public Map<Category, BigDecimal> claimed() {
        Map<Category, BigDecimal> m = new EnumMap<>(Category.class);
        m.put(Category.PERSONNEL, claimedPersonnel);
        m.put(Category.SUBCONTRACTING, claimedSubcontracting);
        m.put(Category.EQUIPMENT, claimedEquipment);
        m.put(Category.OTHER_DIRECT, claimedOtherDirect);
        m.put(Category.OVERHEADS, claimedOverheads);
        return m;
    }

    /** The accepted amounts per category, empty until the financial part is approved. */
    public Map<Category, BigDecimal> accepted() {
        Map<Category, BigDecimal> m = new EnumMap<>(Category.class);
        if (financialState == Check.APPROVED) {
            m.put(Category.PERSONNEL, acceptedPersonnel);
            m.put(Category.SUBCONTRACTING, acceptedSubcontracting);
            m.put(Category.EQUIPMENT, acceptedEquipment);
            m.put(Category.OTHER_DIRECT, acceptedOtherDirect);
            m.put(Category.OVERHEADS, acceptedOverheads);
        }
        return m;
    }

    public BigDecimal totalClaimed() {
        return claimed().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Total accepted costs, null until the financial part is approved. */
    public BigDecimal totalAccepted() {
        return financialState == Check.APPROVED ? accepted().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add) : null;
    }

    public UUID getId() { return id; }
    public UUID getGrantId() { return grantId; }
    public int getReportNo() { return reportNo; }
    public Grant.ReportKind getKind() { return kind; }
    public int getSubmissionNo() { return submissionNo; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public String getScientificText() { return scientificText; }
    public Check getScientificState() { return scientificState; }
    public String getScientificComment() { return scientificComment; }
    public String getScientificBy() { return scientificBy; }
    public Instant getScientificAt() { return scientificAt; }
    public Check getFinancialState() { return financialState; }
    public String getFinancialComment() { return financialComment; }
    public String getFinancialBy() { return financialBy; }
    public Instant getFinancialAt() { return financialAt; }
}
