package org.regia.shared;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records the logged-in user on each revision; "system" for changes made without a user (imports, demo data). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String who = auth != null && auth.isAuthenticated() && auth.getName() != null && !"anonymousUser".equals(auth.getName())
                ? auth.getName() : "system";
        ((AuditRevision) revisionEntity).setChangedBy(who);
    }
}
