package org.regia.directory;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;

/** A service an ecosystem actor offers: for whom, at which phase, in which domains, for which needs, at what price. */
@Entity
@Table(name = "directory_offering")
@Audited
public class Offering {

    @Id
    private UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "actor_id")
    private EcosystemActor actor;
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
    @Convert(converter = EnumSets.Profiles.class)
    @Column(name = "target_groups", nullable = false)
    private Set<FinderProfile> targetGroups;
    @Convert(converter = EnumSets.Phases.class)
    @Column(name = "phases", nullable = false)
    private Set<InnovationPhase> phases;
    @Convert(converter = EnumSets.Domains.class)
    @Column(name = "domains", nullable = false)
    private Set<InnovationDomain> domains;
    @Convert(converter = EnumSets.Needs.class)
    @Column(name = "needs", nullable = false)
    private Set<SupportNeed> needs;
    /** Null: free of charge. */
    @Column(name = "price_eur", precision = 15, scale = 2)
    private BigDecimal price;

    protected Offering() {
    }

    Offering(EcosystemActor actor, LocalizedText name, LocalizedText description, Set<FinderProfile> targetGroups,
             Set<InnovationPhase> phases, Set<InnovationDomain> domains, Set<SupportNeed> needs, BigDecimal price) {
        if (name == null || name.fr() == null || name.fr().isBlank() || name.nl() == null || name.nl().isBlank()) {
            throw DomainException.onField("name", "directory.offering.nameRequired");
        }
        if (needs == null || needs.isEmpty()) {
            throw DomainException.onField("needs", "directory.offering.needsRequired");
        }
        if (price != null && price.signum() < 0) {
            throw DomainException.onField("price", "directory.offering.negativePrice", price);
        }
        this.id = UUID.randomUUID();
        this.actor = actor;
        this.name = name;
        this.description = description;
        this.targetGroups = Set.copyOf(targetGroups);
        this.phases = Set.copyOf(phases);
        this.domains = Set.copyOf(domains);
        this.needs = Set.copyOf(needs);
        this.price = price;
    }

    public boolean isFree() {
        return price == null || price.signum() == 0;
    }

    public UUID getId() { return id; }
    public EcosystemActor getActor() { return actor; }
    public LocalizedText getName() { return name; }
    public LocalizedText getDescription() { return description; }
    public Set<FinderProfile> getTargetGroups() { return targetGroups; }
    public Set<InnovationPhase> getPhases() { return phases; }
    public Set<InnovationDomain> getDomains() { return domains; }
    public Set<SupportNeed> getNeeds() { return needs; }
    public BigDecimal getPrice() { return price; }
}
