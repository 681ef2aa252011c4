package org.regia.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;
import org.regia.shared.Money;

/**
 * An innovation voucher: an SME buys a short technical service from a recognised research centre, at most EUR 10,000
 * (DOMAIN.md §2). Requested by the SME → approved (short decision cycle) → delivered and invoiced by the provider →
 * paid to the provider.
 */
@Entity
@Table(name = "directory_voucher")
@Audited
public class Voucher {

    public static final Money CEILING = Money.eur(10_000);

    public enum State { REQUESTED, APPROVED, REFUSED, DELIVERED, INVOICED, PAID }

    @Id
    private UUID id;
    @Column(name = "reference", nullable = false, unique = true)
    private String reference;
    @Column(name = "sme_organisation_id", nullable = false)
    private UUID smeOrganisationId;
    @Column(name = "provider_actor_id", nullable = false)
    private UUID providerActorId;
    @Column(name = "service", nullable = false)
    private String service;
    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "decision_note")
    private String decisionNote;
    @Column(name = "invoice_number")
    private String invoiceNumber;
    @Column(name = "invoiced_amount", precision = 15, scale = 2)
    private BigDecimal invoicedAmount;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Version
    private long version;

    protected Voucher() {
    }

    Voucher(String reference, UUID smeOrganisationId, EcosystemActor provider, String service, Money amount, LocalDate on) {
        if (amount == null || amount.isNegative() || amount.equals(Money.ZERO)) {
            throw DomainException.onField("amount", "directory.voucher.amountPositive");
        }
        if (amount.isGreaterThan(CEILING)) {
            throw DomainException.onField("amount", "directory.voucher.ceiling", amount.amount().toPlainString(), "10000");
        }
        if (!provider.isPublished() || !provider.isRecognisedOn(on)) {
            throw DomainException.onField("provider", "directory.voucher.notRecognised", provider.getName(), on.toString());
        }
        if (service == null || service.isBlank()) {
            throw DomainException.onField("service", "directory.voucher.serviceRequired");
        }
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.smeOrganisationId = smeOrganisationId;
        this.providerActorId = provider.getId();
        this.service = service.trim();
        this.amount = amount.amount();
        this.state = State.REQUESTED;
        this.requestedOn = on;
    }

    void approve(LocalDate on) {
        require(State.REQUESTED);
        this.state = State.APPROVED;
        this.decidedOn = on;
    }

    void refuse(LocalDate on, String reason) {
        require(State.REQUESTED);
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "directory.voucher.reasonRequired");
        }
        this.state = State.REFUSED;
        this.decidedOn = on;
        this.decisionNote = reason.trim();
    }

    void deliver() {
        require(State.APPROVED);
        this.state = State.DELIVERED;
    }

    void invoice(String number, Money invoiced) {
        require(State.DELIVERED);
        if (number == null || number.isBlank()) {
            throw DomainException.onField("invoiceNumber", "directory.voucher.invoiceNumberRequired");
        }
        if (invoiced == null || invoiced.isNegative() || invoiced.isGreaterThan(getAmount())) {
            throw DomainException.onField("invoicedAmount", "directory.voucher.invoiceAboveApproved",
                    invoiced == null ? "" : invoiced.amount().toPlainString(), amount.toPlainString());
        }
        this.state = State.INVOICED;
        this.invoiceNumber = number.trim();
        this.invoicedAmount = invoiced.amount();
    }

    void pay(Instant at) {
        require(State.INVOICED);
        this.state = State.PAID;
        this.paidAt = at;
    }

    private void require(State expected) {
        if (state != expected) {
            throw new DomainException("directory.voucher.wrongState", state.name(), expected.name());
        }
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public UUID getSmeOrganisationId() { return smeOrganisationId; }
    public UUID getProviderActorId() { return providerActorId; }
    public String getService() { return service; }
    public Money getAmount() { return Money.eur(amount); }
    public State getState() { return state; }
    public LocalDate getRequestedOn() { return requestedOn; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public String getDecisionNote() { return decisionNote; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public Money getInvoicedAmount() { return invoicedAmount == null ? null : Money.eur(invoicedAmount); }
    public Instant getPaidAt() { return paidAt; }
}
