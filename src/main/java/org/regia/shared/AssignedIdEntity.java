package org.regia.shared;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;
import java.util.UUID;
import org.springframework.data.domain.Persistable;

/**
 * For entities whose UUID is assigned in their constructor: Spring Data cannot tell such a new entity from a loaded
 * one by its id, so save() would merge — a SELECT before every INSERT. This tells it: new until loaded or stored.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

    @Transient
    private boolean fresh = true;

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void loadedOrStored() {
        fresh = false;
    }
}
