/**
 * State aid: maximum aid intensities (GBER art. 25 and the Flemish R&amp;D rule set, chosen per programme) with a
 * line-by-line explanation, and the de minimis ledger (EUR 300,000 per single undertaking over any rolling three
 * years, Regulation (EU) 2023/2831).
 */
package org.regia.stateaid;
