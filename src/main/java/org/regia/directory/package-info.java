/**
 * The ecosystem directory: intermediaries (technology-transfer offices, research centres, incubators, clusters, ...)
 * with their services, validated by the institute; needs intake and referral to the right actor with reasons; the
 * needs board; the overlap view for policy makers; and innovation vouchers with recognised providers.
 */
package org.regia.directory;
