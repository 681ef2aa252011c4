package org.regia.impact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.regia.shared.DomainException;

/**
 * One ex-post survey of one organisation about one project, for one wave (years after the project's end). It carries
 * a snapshot of what the analyses need (programme, domains, beneficiary type, amount, the accounts before the project)
 * so that indicators do not change when a programme or an organisation is edited later.
 */
@Entity
@Table(name = "impact_survey")
public class Survey {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private SurveyKind kind;
    @ManyToOne(optional = false)
    @JoinColumn(name = "definition_id")
    private SurveyDefinition definition;
    @Column(name = "grant_id")
    private UUID grantId;
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "call_id")
    private UUID callId;
    @Column(name = "programme_id")
    private UUID programmeId;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "organisation_type")
    private String organisationType;
    private String domains;
    private String reference;
    private String title;
    private BigDecimal amount;
    @Column(name = "project_start")
    private LocalDate projectStart;
    @Column(name = "project_end")
    private LocalDate projectEnd;
    private int wave;
    @Column(name = "opens_on")
    private LocalDate opensOn;
    @Column(name = "closes_on")
    private LocalDate closesOn;
    @Enumerated(EnumType.STRING)
    private SurveyState state;
    @Column(name = "invited_at")
    private Instant invitedAt;
    @Column(name = "reminders_sent")
    private int remindersSent;
    @Column(name = "last_reminder_on")
    private LocalDate lastReminderOn;
    @Column(name = "baseline_year")
    private Integer baselineYear;
    @Column(name = "baseline_staff")
    private BigDecimal baselineStaff;
    @Column(name = "baseline_turnover")
    private BigDecimal baselineTurnover;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    protected Survey() {
    }

    /** What is known about the surveyed project when the survey is scheduled. */
    public record Subject(SurveyKind kind, UUID grantId, UUID applicationId, UUID callId, UUID programmeId,
                          UUID organisationId, String organisationType, List<String> domains, String reference,
                          String title, BigDecimal amount, LocalDate start, LocalDate end, Answers.Baseline baseline) {
    }

    Survey(Subject s, SurveyDefinition definition, int wave, LocalDate opensOn, int openDays, Instant now) {
        if (s.end() == null) {
            throw DomainException.onField("end", "impact.survey.noEnd");
        }
        if (wave <= 0 || openDays <= 0) {
            throw new DomainException("impact.survey.badSchedule", wave, openDays);
        }
        this.id = UUID.randomUUID();
        this.kind = s.kind();
        this.definition = definition;
        this.grantId = s.grantId();
        this.applicationId = s.applicationId();
        this.callId = s.callId();
        this.programmeId = s.programmeId();
        this.organisationId = s.organisationId();
        this.organisationType = s.organisationType();
        this.domains = String.join(",", s.domains());
        this.reference = s.reference();
        this.title = s.title() == null || s.title().isBlank() ? "—" : s.title();
        this.amount = s.amount() == null ? BigDecimal.ZERO : s.amount();
        this.projectStart = s.start();
        this.projectEnd = s.end();
        this.wave = wave;
        this.opensOn = opensOn;
        this.closesOn = opensOn.plusDays(openDays);
        this.state = SurveyState.SCHEDULED;
        this.baselineYear = s.baseline().year();
        this.baselineStaff = s.baseline().staff();
        this.baselineTurnover = s.baseline().turnover();
        this.createdAt = now;
    }

    void open(Instant now) {
        state = SurveyState.OPEN;
        invitedAt = now;
    }

    void reminded(LocalDate today) {
        remindersSent++;
        lastReminderOn = today;
    }

    void close() {
        state = SurveyState.CLOSED;
    }

    public boolean acceptsAnswers(LocalDate today) {
        return state == SurveyState.OPEN && !today.isAfter(closesOn);
    }

    public Answers.Baseline baseline() {
        return new Answers.Baseline(baselineYear, baselineStaff, baselineTurnover);
    }

    public List<String> domainList() {
        return domains == null || domains.isBlank() ? List.of() : Arrays.asList(domains.split(","));
    }

    public UUID getId() {
        return id;
    }

    public SurveyKind getKind() {
        return kind;
    }

    public SurveyDefinition getDefinition() {
        return definition;
    }

    public UUID getGrantId() {
        return grantId;
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getCallId() {
        return callId;
    }

    public UUID getProgrammeId() {
        return programmeId;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationType() {
        return organisationType;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getProjectStart() {
        return projectStart;
    }

    public LocalDate getProjectEnd() {
        return projectEnd;
    }

    public int getWave() {
        return wave;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public SurveyState getState() {
        return state;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public LocalDate getLastReminderOn() {
        return lastReminderOn;
    }

    public long getVersion() {
        return version;
    }
}
