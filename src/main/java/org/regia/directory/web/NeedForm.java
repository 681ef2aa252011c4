package org.regia.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.directory.Need;

/** The guided intake form: who, which stage, what, which domain, in a few words; and for whom (organisation). */
public class NeedForm {

    private UUID organisationId;
    private FinderProfile profile;
    private InnovationPhase phase;
    private InnovationDomain domain;
    private SupportNeed need;
    private String description;
    private String sector;
    private String onBehalfOf;
    private List<UUID> actors = new ArrayList<>();

    Need toNeed() {
        return new Need(profile, phase, domain, need, description);
    }

    public UUID getOrganisationId() { return organisationId; }
    public void setOrganisationId(UUID organisationId) { this.organisationId = organisationId; }
    public FinderProfile getProfile() { return profile; }
    public void setProfile(FinderProfile profile) { this.profile = profile; }
    public InnovationPhase getPhase() { return phase; }
    public void setPhase(InnovationPhase phase) { this.phase = phase; }
    public InnovationDomain getDomain() { return domain; }
    public void setDomain(InnovationDomain domain) { this.domain = domain; }
    public SupportNeed getNeed() { return need; }
    public void setNeed(SupportNeed need) { this.need = need; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
    public String getOnBehalfOf() { return onBehalfOf; }
    public void setOnBehalfOf(String onBehalfOf) { this.onBehalfOf = onBehalfOf; }
    public List<UUID> getActors() { return actors; }
    public void setActors(List<UUID> actors) { this.actors = actors; }
}
