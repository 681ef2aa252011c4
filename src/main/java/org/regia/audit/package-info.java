/**
 * History of domain records: every change kept by Hibernate Envers, with who and when, shown to administrators as a
 * list of revisions and what changed in each.
 */
package org.regia.audit;
