package org.regia.stateaid;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.Money;

/** One de minimis aid granted to a single undertaking, on a date, by a body of the region. */
@Entity
@Table(name = "de_minimis_aid")
@Audited
public class DeMinimisAid {

    @Id
    private UUID id;
    @Column(name = "undertaking", nullable = false, length = 10)
    private String undertaking;
    @Column(name = "granting_body", nullable = false)
    private String grantingBody;
    @Column(name = "reference", nullable = false)
    private String reference;
    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;
    @Column(name = "granted_on", nullable = false)
    private LocalDate grantedOn;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DeMinimisAid() {
    }

    public DeMinimisAid(EnterpriseNumber undertaking, String grantingBody, String reference, Money amount,
                        LocalDate grantedOn, Instant recordedAt) {
        if (amount == null || amount.isNegative() || amount.equals(Money.ZERO)) {
            throw DomainException.onField("amount", "stateaid.deMinimis.amountPositive");
        }
        if (grantedOn == null) {
            throw DomainException.onField("grantedOn", "stateaid.deMinimis.dateRequired");
        }
        if (reference == null || reference.isBlank()) {
            throw DomainException.onField("reference", "stateaid.deMinimis.referenceRequired");
        }
        this.id = UUID.randomUUID();
        this.undertaking = undertaking.digits();
        this.grantingBody = grantingBody == null || grantingBody.isBlank() ? "Innoviris" : grantingBody.trim();
        this.reference = reference.trim();
        this.amount = amount.amount();
        this.grantedOn = grantedOn;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public EnterpriseNumber getUndertaking() {
        return EnterpriseNumber.parse(undertaking);
    }

    public String getGrantingBody() {
        return grantingBody;
    }

    public String getReference() {
        return reference;
    }

    public Money getAmount() {
        return Money.eur(amount);
    }

    public LocalDate getGrantedOn() {
        return grantedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
