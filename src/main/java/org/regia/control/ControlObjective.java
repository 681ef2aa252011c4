package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/**
 * A node of a body's objective tree: strategic objective (OS/SD), operational objective (OO/OD) or numbered action.
 * Identity is (body, level, number); the body belongs to one document.
 */
@Entity
@Table(name = "control_objective")
@Audited
public class ControlObjective {

    @Id
    private UUID id;
    @Column(name = "body_id", nullable = false)
    private UUID bodyId;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(name = "pillar_id")
    private UUID pillarId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ObjectiveLevel level;
    @Column(nullable = false)
    private String number;
    @Column(name = "title_fr", nullable = false)
    private String titleFr;
    @Column(name = "title_nl", nullable = false)
    private String titleNl;
    @Column(name = "description_fr")
    private String descriptionFr;
    @Column(name = "description_nl")
    private String descriptionNl;
    private String domain;
    private String deadline;
    @Column(name = "lead_actor")
    private String leadActor;
    private String partners;
    @Column(name = "budget_lines")
    private String budgetLines;
    @Column(name = "source_ref")
    private String sourceRef;
    @Enumerated(EnumType.STRING)
    private YearStatus status;
    private java.math.BigDecimal fte;
    @Column(name = "it_needs_fr")
    private String itNeedsFr;
    @Column(name = "it_needs_nl")
    private String itNeedsNl;
    @Column(nullable = false)
    private boolean published;
    @Column(nullable = false)
    private int position;
    @Version
    private long version;

    protected ControlObjective() {
    }

    public ControlObjective(UUID bodyId, ControlObjective parent, UUID pillarId, ObjectiveLevel level, String number,
                            String titleFr, String titleNl, int position) {
        if (level == null) {
            throw DomainException.onField("level", "control.objective.levelRequired");
        }
        if (number == null || !number.trim().matches("[0-9A-Za-z]+([.][0-9A-Za-z]+)*")) {
            throw DomainException.onField("number", "control.objective.number", number);
        }
        if (parent != null) {
            if (!parent.bodyId.equals(bodyId)) {
                throw DomainException.onField("parent", "control.objective.parentOtherBody", number);
            }
            if (parent.level != level.parentLevel()) {
                throw DomainException.onField("parent", "control.objective.parentLevel", number, parent.number);
            }
        } else if (level == ObjectiveLevel.OPERATIONAL) {
            throw DomainException.onField("parent", "control.objective.parentRequired", number);
        }
        Texts.requireBoth("title", titleFr, titleNl);
        this.id = UUID.randomUUID();
        this.bodyId = bodyId;
        this.parentId = parent == null ? null : parent.id;
        this.pillarId = pillarId;
        this.level = level;
        this.number = number.trim();
        this.titleFr = titleFr.trim();
        this.titleNl = titleNl.trim();
        this.position = position;
    }

    public void describe(String descriptionFr, String descriptionNl, String domain, String deadline, String leadActor,
                         String partners, String budgetLines, String sourceRef) {
        if (deadline != null && !deadline.isBlank()) {
            Deadline.parse("deadline", deadline);
        }
        this.descriptionFr = Texts.blankToNull(descriptionFr);
        this.descriptionNl = Texts.blankToNull(descriptionNl);
        this.domain = Texts.blankToNull(domain);
        this.deadline = Texts.blankToNull(deadline);
        this.leadActor = Texts.blankToNull(leadActor);
        this.partners = Texts.blankToNull(partners);
        this.budgetLines = Texts.blankToNull(budgetLines);
        this.sourceRef = Texts.blankToNull(sourceRef);
    }

    /** New titles (both languages required) and description. */
    public void retitle(String titleFr, String titleNl, String descriptionFr, String descriptionNl) {
        Texts.requireBoth("title", titleFr, titleNl);
        this.titleFr = titleFr.trim();
        this.titleNl = titleNl.trim();
        this.descriptionFr = Texts.blankToNull(descriptionFr);
        this.descriptionNl = Texts.blankToNull(descriptionNl);
    }

    /** The deadline: a date, a year, a period or "permanent" (refused when unreadable). */
    public void setDeadline(String deadline) {
        if (deadline != null && !deadline.isBlank()) {
            Deadline.parse("deadline", deadline);
        }
        this.deadline = Texts.blankToNull(deadline);
    }

    /** Resources: estimated FTE (0 to 10 000, at most two decimals) and IT needs in French and Dutch. */
    public void resources(java.math.BigDecimal fte, String itNeedsFr, String itNeedsNl) {
        if (fte != null && (fte.signum() < 0 || fte.compareTo(java.math.BigDecimal.valueOf(10000)) > 0)) {
            throw DomainException.onField("fte", "control.fte.range", fte.toPlainString());
        }
        if (fte != null && fte.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField("fte", "control.fte.scale", fte.toPlainString());
        }
        this.fte = fte == null ? null : fte.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.itNeedsFr = Texts.blankToNull(itNeedsFr);
        this.itNeedsNl = Texts.blankToNull(itNeedsNl);
    }

    /** Lead actor and partners as given by the roadmap (kept as text for the letters and the dashboards). */
    public void roadmapActors(String leadActor, String partners) {
        this.leadActor = Texts.blankToNull(leadActor);
        this.partners = Texts.blankToNull(partners);
    }

    public java.math.BigDecimal getFte() {
        return fte;
    }

    public String getItNeedsFr() {
        return itNeedsFr;
    }

    public String getItNeedsNl() {
        return itNeedsNl;
    }

    public String itNeeds(Locale locale) {
        return itNeedsFr == null && itNeedsNl == null ? null : Texts.in(locale, itNeedsFr, itNeedsNl);
    }

    public String description(Locale locale) {
        return descriptionFr == null && descriptionNl == null ? null : Texts.in(locale, descriptionFr, descriptionNl);
    }

    public void setStatus(YearStatus status) {
        this.status = status;
    }

    public void publish(boolean published) {
        this.published = published;
    }

    public UUID getId() {
        return id;
    }

    public UUID getBodyId() {
        return bodyId;
    }

    public UUID getParentId() {
        return parentId;
    }

    public UUID getPillarId() {
        return pillarId;
    }

    public ObjectiveLevel getLevel() {
        return level;
    }

    public String getNumber() {
        return number;
    }

    public String getTitleFr() {
        return titleFr;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public String title(Locale locale) {
        return Texts.in(locale, titleFr, titleNl);
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public String getDomain() {
        return domain;
    }

    public String getDeadline() {
        return deadline;
    }

    public String getLeadActor() {
        return leadActor;
    }

    public String getPartners() {
        return partners;
    }

    public String getBudgetLines() {
        return budgetLines;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public YearStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return published;
    }

    public int getPosition() {
        return position;
    }

    public long getVersion() {
        return version;
    }
}
