package org.regia.impact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.regia.impact.Additionality.WithoutSupport;

/** One version of the answers to a survey. Immutable: a correction is a new version, the old one stays. */
@Entity
@Immutable
@Table(name = "impact_answer")
public class SurveyAnswer {

    @Id
    private UUID id;
    @Column(name = "survey_id")
    private UUID surveyId;
    private int version;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "answered_by")
    private UUID answeredBy;
    @Column(name = "answered_by_email")
    private String answeredByEmail;
    @Column(name = "staff_fte")
    private BigDecimal staffFte;
    @Column(name = "fte_created")
    private BigDecimal fteCreated;
    @Column(name = "fte_kept")
    private BigDecimal fteKept;
    private BigDecimal turnover;
    @Column(name = "export_turnover")
    private BigDecimal exportTurnover;
    @Column(name = "private_funding")
    private BigDecimal privateFunding;
    @Column(name = "public_funding")
    private BigDecimal publicFunding;
    @Column(name = "spin_offs")
    private Integer spinOffs;
    private Integer patents;
    private Integer publications;
    private String dois;
    @Column(name = "products_launched")
    private Integer productsLaunched;
    @Column(name = "still_in_region")
    private Boolean stillInRegion;
    @Enumerated(EnumType.STRING)
    @Column(name = "without_support")
    private WithoutSupport withoutSupport;
    private String comment;

    protected SurveyAnswer() {
    }

    SurveyAnswer(UUID surveyId, int version, Answers a, UUID by, String byEmail, Instant at) {
        this.id = UUID.randomUUID();
        this.surveyId = surveyId;
        this.version = version;
        this.answeredAt = at;
        this.answeredBy = by;
        this.answeredByEmail = byEmail;
        this.staffFte = a.staffFte();
        this.fteCreated = a.fteCreated();
        this.fteKept = a.fteKept();
        this.turnover = a.turnover();
        this.exportTurnover = a.exportTurnover();
        this.privateFunding = a.privateFunding();
        this.publicFunding = a.publicFunding();
        this.spinOffs = a.spinOffs();
        this.patents = a.patents();
        this.publications = a.publications();
        this.dois = a.dois().isEmpty() ? null : String.join("\n", a.dois());
        this.productsLaunched = a.productsLaunched();
        this.stillInRegion = a.stillInRegion();
        this.withoutSupport = a.withoutSupport();
        this.comment = a.comment();
    }

    /** The value of one question as a form would show it (plain text). */
    public String display(Question q) {
        Object v = switch (q) {
            case STAFF_FTE -> staffFte;
            case FTE_CREATED -> fteCreated;
            case FTE_KEPT -> fteKept;
            case TURNOVER -> turnover;
            case EXPORT_TURNOVER -> exportTurnover;
            case PRIVATE_FUNDING -> privateFunding;
            case PUBLIC_FUNDING -> publicFunding;
            case SPIN_OFFS -> spinOffs;
            case PATENTS -> patents;
            case PUBLICATIONS -> publications;
            case DOIS -> dois;
            case PRODUCTS_LAUNCHED -> productsLaunched;
            case STILL_IN_REGION -> stillInRegion;
            case WITHOUT_SUPPORT -> withoutSupport;
        };
        if (v instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return v == null ? "" : v.toString();
    }

    public List<String> doiList() {
        return dois == null ? List.of() : List.of(dois.split("\n"));
    }

    public UUID getId() {
        return id;
    }

    public UUID getSurveyId() {
        return surveyId;
    }

    public int getVersion() {
        return version;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    /** When, in Brussels time (for display). */
    public java.time.LocalDateTime answeredAtLocal() {
        return java.time.LocalDateTime.ofInstant(answeredAt, org.regia.shared.ClockConfiguration.BRUSSELS);
    }

    public String getAnsweredByEmail() {
        return answeredByEmail;
    }

    public BigDecimal getStaffFte() {
        return staffFte;
    }

    public BigDecimal getFteCreated() {
        return fteCreated;
    }

    public BigDecimal getTurnover() {
        return turnover;
    }

    public WithoutSupport getWithoutSupport() {
        return withoutSupport;
    }

    public String getComment() {
        return comment;
    }
}
