package org.regia.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;
import org.regia.shared.Money;

/**
 * A submitted application registered for evaluation: what the assignment needs (language, topics, partner
 * organisations for the conflict checks) and the amount requested (or proposed by the officer, possibly reduced).
 */
@Entity
@Table(name = "evaluation_application")
@Audited
public class EvaluatedApplication {

    @Id
    @Column(name = "application_id")
    private UUID applicationId;
    @Column(name = "call_id", nullable = false)
    private UUID callId;
    @Column(name = "receipt_number")
    private String receiptNumber;
    @Column(nullable = false)
    private String title;
    @Column(name = "coordinator_name")
    private String coordinatorName;
    @Column(nullable = false)
    private String language;
    @Convert(converter = Csv.StringSet.class)
    @Column(nullable = false)
    private Set<String> keywords = new TreeSet<>();
    @Convert(converter = Csv.StringSet.class)
    @Column(nullable = false)
    private Set<String> domains = new TreeSet<>();
    @Convert(converter = Csv.StringSet.class)
    @Column(name = "partner_keys", nullable = false)
    private Set<String> partnerKeys = new TreeSet<>();
    @Column(name = "requested_amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal requestedAmount;
    @Column(name = "proposed_amount", precision = 15, scale = 2)
    private BigDecimal proposedAmount;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Version
    private long version;

    protected EvaluatedApplication() {
    }

    EvaluatedApplication(UUID applicationId, UUID callId, String receiptNumber, String title, String coordinatorName,
                         String language, Set<String> keywords, Set<String> domains, Set<UUID> partnerKeys,
                         Money requested, Instant now) {
        this.applicationId = applicationId;
        this.callId = callId;
        this.receiptNumber = receiptNumber;
        this.title = title;
        this.coordinatorName = coordinatorName;
        this.language = language;
        this.keywords = new TreeSet<>(keywords);
        this.domains = new TreeSet<>(domains);
        this.partnerKeys = partnerKeys.stream().map(UUID::toString).collect(Collectors.toCollection(TreeSet::new));
        this.requestedAmount = requested.amount();
        this.registeredAt = now;
    }

    /** The officer corrects the language of evaluation or proposes a (reduced) amount. */
    void adjust(String language, BigDecimal proposed) {
        if (language == null || !Expert.LANGUAGES.contains(language)) {
            throw DomainException.onField("language", "evaluation.application.language");
        }
        if (proposed != null && (proposed.signum() < 0 || proposed.compareTo(requestedAmount) > 0)) {
            throw DomainException.onField("proposedAmount", "evaluation.application.proposedAmount", requestedAmount);
        }
        this.language = language;
        this.proposedAmount = proposed == null ? null : proposed.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public ApplicationProfile profile() {
        return new ApplicationProfile(applicationId, reference(), language, keywords, domains,
                partnerKeys.stream().map(UUID::fromString).collect(Collectors.toSet()));
    }

    public String reference() {
        return receiptNumber != null ? receiptNumber : applicationId.toString().substring(0, 8);
    }

    /** The amount the funding line uses: proposed if any, else requested. */
    public Money amount() {
        return Money.eur(proposedAmount != null ? proposedAmount : requestedAmount);
    }

    public UUID getApplicationId() {
        return applicationId;
    }

    public UUID getCallId() {
        return callId;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getCoordinatorName() {
        return coordinatorName;
    }

    public String getLanguage() {
        return language;
    }

    public Set<String> getKeywords() {
        return keywords;
    }

    public Set<String> getDomains() {
        return domains;
    }

    public BigDecimal getRequestedAmount() {
        return requestedAmount;
    }

    public BigDecimal getProposedAmount() {
        return proposedAmount;
    }

    public long getVersion() {
        return version;
    }
}
