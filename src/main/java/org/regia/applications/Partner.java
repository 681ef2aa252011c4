package org.regia.applications;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.Money;
import org.regia.stateaid.WorkType;

/**
 * A member of an application's consortium: the coordinator (the acting organisation) or a partner invited by e-mail
 * who accepts for one of their organisations. Each partner owns its budget; overheads are a flat rate (0-25 %) of
 * the direct costs other than subcontracting.
 */
@Entity
@Table(name = "application_partner")
@Audited
public class Partner {

    public enum Role { COORDINATOR, PARTNER }

    public enum Status { INVITED, ACCEPTED }

    public static final BigDecimal MAX_OVERHEAD = BigDecimal.valueOf(25);

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private Application application;
    @Column(name = "organisation_id")
    private UUID organisationId;
    @Column(name = "org_name")
    private String orgName;
    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    private OrganisationType orgType;
    @Enumerated(EnumType.STRING)
    @Column(name = "org_size")
    private SizeClass orgSize;
    @Column(name = "org_in_brussels")
    private Boolean orgInBrussels;
    @Column(name = "org_number")
    private String orgNumber;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;
    @Column(name = "partner_role")
    private String partnerRole;
    @Column(name = "invited_email")
    private String invitedEmail;
    @Column(name = "invitation_token")
    private String invitationToken;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(name = "overhead_rate", nullable = false, precision = 5, scale = 2)
    private BigDecimal overheadRate = BigDecimal.ZERO;
    @OneToMany(mappedBy = "partner", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("year, workType, category")
    private List<BudgetLine> budget = new ArrayList<>();
    @Version
    private long version;

    protected Partner() {
    }

    static Partner coordinator(Application application, Organisation organisation, String partnerRole) {
        Partner p = new Partner();
        p.id = UUID.randomUUID();
        p.application = application;
        p.refresh(organisation);
        p.role = Role.COORDINATOR;
        p.partnerRole = partnerRole;
        p.status = Status.ACCEPTED;
        return p;
    }

    static Partner invited(Application application, String email, String partnerRole, String token) {
        if (email == null || !email.trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw DomainException.onField("email", "applications.partner.badEmail");
        }
        Partner p = new Partner();
        p.id = UUID.randomUUID();
        p.application = application;
        p.role = Role.PARTNER;
        p.partnerRole = partnerRole == null ? null : partnerRole.trim();
        p.invitedEmail = email.trim().toLowerCase(java.util.Locale.ROOT);
        p.invitationToken = token;
        p.status = Status.INVITED;
        return p;
    }

    /**
     * Copies the facts the rules need from the organisation (name, type, size class, Brussels location, enterprise
     * number), as declared when a member of that organisation acts on the application.
     */
    void refresh(Organisation o) {
        this.organisationId = o.getId();
        this.orgName = o.displayName();
        this.orgType = o.getType();
        this.orgSize = o.sizeClass().orElse(null);
        this.orgInBrussels = o.isInBrusselsRegion();
        this.orgNumber = o.getEnterpriseNumber().map(EnterpriseNumber::digits).orElse(null);
    }

    void accept(Organisation organisation) {
        if (status == Status.ACCEPTED) {
            throw new DomainException("applications.invitation.alreadyAccepted");
        }
        refresh(organisation);
        this.status = Status.ACCEPTED;
        this.invitationToken = null;
    }

    /** Validates a whole new budget; nothing changes if one line is wrong. */
    List<BudgetLine> prepareBudget(BigDecimal overheadRate, List<BudgetService.LineInput> lines) {
        if (overheadRate == null || overheadRate.signum() < 0 || overheadRate.compareTo(MAX_OVERHEAD) > 0) {
            throw DomainException.onField("overheadRate", "applications.budget.badOverhead", MAX_OVERHEAD.toPlainString());
        }
        List<BudgetLine> fresh = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (BudgetService.LineInput l : lines) {
            if (l.amount() == null || l.amount().signum() == 0) {
                continue;
            }
            if (!seen.add(l.year() + "/" + l.workType() + "/" + l.category())) {
                throw DomainException.onField("amount", "applications.budget.duplicate", l.year(), l.workType(), l.category());
            }
            fresh.add(new BudgetLine(this, l.year(), l.workType(), l.category(), Money.eur(l.amount())));
        }
        return fresh;
    }

    void clearBudget() {
        budget.clear();
    }

    void installBudget(BigDecimal overheadRate, List<BudgetLine> lines) {
        this.overheadRate = overheadRate.setScale(2, RoundingMode.HALF_UP);
        budget.addAll(lines);
    }

    /** Eligible costs per work type: direct costs plus the flat-rate overheads on the non-subcontracted part. */
    public Map<WorkType, Money> costsByWorkType() {
        Map<WorkType, Money> out = new EnumMap<>(WorkType.class);
        for (BudgetLine l : budget) {
            Money m = l.getAmount();
            if (l.getCategory() != CostCategory.SUBCONTRACTING) {
                m = m.plus(Money.eur(m.amount().multiply(overheadRate).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN)));
            }
            out.merge(l.getWorkType(), m, Money::plus);
        }
        return out;
    }

    public Money totalCosts() {
        return costsByWorkType().values().stream().reduce(Money.ZERO, Money::plus);
    }

    public UUID getId() {
        return id;
    }

    public Application getApplication() {
        return application;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getOrgName() {
        return orgName;
    }

    public OrganisationType getOrgType() {
        return orgType;
    }

    /** Size class from the organisation's figures, or null when it has none. */
    public SizeClass getOrgSize() {
        return orgSize;
    }

    public boolean isOrgInBrussels() {
        return Boolean.TRUE.equals(orgInBrussels);
    }

    public String getOrgNumber() {
        return orgNumber;
    }

    public boolean isResearchOrganisation() {
        return orgType == OrganisationType.UNIVERSITY || orgType == OrganisationType.RESEARCH_CENTRE;
    }

    public Role getRole() {
        return role;
    }

    public String getPartnerRole() {
        return partnerRole;
    }

    public String getInvitedEmail() {
        return invitedEmail;
    }

    public String getInvitationToken() {
        return invitationToken;
    }

    public Status getStatus() {
        return status;
    }

    public BigDecimal getOverheadRate() {
        return overheadRate;
    }

    public List<BudgetLine> getBudget() {
        return List.copyOf(budget);
    }

    public long getVersion() {
        return version;
    }
}
