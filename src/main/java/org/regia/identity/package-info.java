/**
 * Users, roles, login (form and optional OIDC), self-registration with e-mail verification, login throttling and the
 * security rules. Other modules use {@link org.regia.identity.CurrentUser} and {@link org.regia.identity.Role}.
 */
package org.regia.identity;
