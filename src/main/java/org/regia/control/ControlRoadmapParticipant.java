package org.regia.control;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.envers.Audited;
import org.regia.shared.DomainException;

/** An organisation taking part in the roadmap of an objective, with its role. */
@Entity
@Table(name = "control_roadmap_participant")
@Audited
public class ControlRoadmapParticipant {

    @Id
    private UUID id;
    @Column(name = "objective_id", nullable = false)
    private UUID objectiveId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String organisation;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RoadmapRole role;
    @Version
    private long version;

    protected ControlRoadmapParticipant() {
    }

    public ControlRoadmapParticipant(UUID objectiveId, int position, String organisation, RoadmapRole role) {
        if (organisation == null || organisation.isBlank()) {
            throw DomainException.onField("organisation", "control.roadmap.organisationRequired");
        }
        if (organisation.trim().length() > 300) {
            throw DomainException.onField("organisation", "control.roadmap.organisationTooLong", 300);
        }
        if (role == null) {
            throw DomainException.onField("role", "control.roadmap.roleRequired", organisation.trim());
        }
        this.id = UUID.randomUUID();
        this.objectiveId = objectiveId;
        this.position = position;
        this.organisation = organisation.trim();
        this.role = role;
    }

    public UUID getId() {
        return id;
    }

    public UUID getObjectiveId() {
        return objectiveId;
    }

    public int getPosition() {
        return position;
    }

    public String getOrganisation() {
        return organisation;
    }

    public RoadmapRole getRole() {
        return role;
    }
}
