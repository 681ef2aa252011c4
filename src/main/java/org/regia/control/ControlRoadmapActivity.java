package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.envers.Audited;

/** An activity of the roadmap of an objective, in French and Dutch. */
@Entity
@Table(name = "control_roadmap_activity")
@Audited
public class ControlRoadmapActivity {

    @Id
    private UUID id;
    @Column(name = "objective_id", nullable = false)
    private UUID objectiveId;
    @Column(nullable = false)
    private int position;
    @Column(name = "description_fr", nullable = false)
    private String descriptionFr;
    @Column(name = "description_nl", nullable = false)
    private String descriptionNl;
    @Version
    private long version;

    protected ControlRoadmapActivity() {
    }

    public ControlRoadmapActivity(UUID objectiveId, int position, String descriptionFr, String descriptionNl) {
        Texts.requireBoth("description", descriptionFr, descriptionNl);
        this.id = UUID.randomUUID();
        this.objectiveId = objectiveId;
        this.position = position;
        this.descriptionFr = descriptionFr.trim();
        this.descriptionNl = descriptionNl.trim();
    }

    public UUID getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getDescriptionFr() {
        return descriptionFr;
    }

    public String getDescriptionNl() {
        return descriptionNl;
    }

    public String description(Locale locale) {
        return Texts.in(locale, descriptionFr, descriptionNl);
    }
}
