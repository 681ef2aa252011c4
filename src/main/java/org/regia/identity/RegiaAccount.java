package org.regia.identity;

import java.util.UUID;

/** Implemented by every principal Regia authenticates (form login or OIDC): ties it to the local user. */
public interface RegiaAccount {

    UUID userId();

    String email();

    String displayName();
}
