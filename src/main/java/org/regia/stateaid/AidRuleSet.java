package org.regia.stateaid;

/** The rule set a programme applies to compute maximum aid intensities. */
public enum AidRuleSet {
    /**
     * EU General Block Exemption Regulation, art. 25: fundamental research 100%, industrial research 50%, experimental
     * development 25%, feasibility studies 50%; +20 small / +10 medium enterprise (industrial research, experimental
     * development, feasibility studies); +15 effective collaboration (industrial research, experimental development);
     * at most 80%.
     */
    GBER_ART25,
    /**
     * The Flemish R&amp;D rule set: research 50%, development 25%; +20 small, +10 medium, +10 collaboration; at most
     * 60% for research and 50% for development.
     */
    FLEMISH_RD
}
