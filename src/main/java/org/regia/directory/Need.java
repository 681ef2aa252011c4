package org.regia.directory;

import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.shared.DomainException;

/** What a firm needs, from the short guided intake form. */
public record Need(FinderProfile profile, InnovationPhase phase, InnovationDomain domain, SupportNeed need, String description) {

    public Need {
        if (profile == null) {
            throw DomainException.onField("profile", "directory.need.profileRequired");
        }
        if (need == null) {
            throw DomainException.onField("need", "directory.need.needRequired");
        }
        if (description == null || description.isBlank()) {
            throw DomainException.onField("description", "directory.need.descriptionRequired");
        }
        if (description.length() > 2000) {
            throw DomainException.onField("description", "directory.need.descriptionTooLong", 2000);
        }
    }
}
