package org.regia.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.regia.shared.DomainException;

/** One beneficiary of a grant and its share of the aid (the coordinator is one of them). */
@Entity
@Table(name = "grants_partner")
public class GrantPartner {

    @Id
    private UUID id;
    @Column(name = "grant_id")
    private UUID grantId;
    @Column(name = "organisation_id")
    private UUID organisationId;
    private boolean coordinator;
    private BigDecimal amount;
    private int position;

    protected GrantPartner() {
    }

    GrantPartner(UUID grantId, UUID organisationId, boolean coordinator, BigDecimal amount, int position) {
        if (organisationId == null) {
            throw DomainException.onField("organisationId", "grants.partner.organisationRequired");
        }
        if (amount == null || amount.signum() < 0) {
            throw DomainException.onField("amount", "grants.partner.amountNegative");
        }
        this.id = UUID.randomUUID();
        this.grantId = grantId;
        this.organisationId = organisationId;
        this.coordinator = coordinator;
        this.amount = amount;
        this.position = position;
    }

    /** The partner's new share after an approved amendment. */
    void reshare(BigDecimal newAmount) {
        if (newAmount == null || newAmount.signum() < 0) {
            throw DomainException.onField("amount", "grants.partner.amountNegative");
        }
        this.amount = newAmount;
    }

    int getPosition() {
        return position;
    }

    public UUID getGrantId() {
        return grantId;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public boolean isCoordinator() {
        return coordinator;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
