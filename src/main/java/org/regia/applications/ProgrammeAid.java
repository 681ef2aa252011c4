package org.regia.applications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.regia.stateaid.AidRuleSet;

/**
 * The aid rule set (GBER art. 25 or the Flemish R&amp;D rules) and de minimis nature of a programme. Kept in this
 * module keyed by programme id because the catalogue's programme has no such field; default GBER, not de minimis.
 */
@Entity
@Table(name = "app_programme_aid")
public class ProgrammeAid {

    @Id
    @Column(name = "programme_id")
    private UUID programmeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_set", nullable = false)
    private AidRuleSet ruleSet;
    @Column(name = "de_minimis", nullable = false)
    private boolean deMinimis;

    protected ProgrammeAid() {
    }

    public ProgrammeAid(UUID programmeId, AidRuleSet ruleSet, boolean deMinimis) {
        this.programmeId = programmeId;
        this.ruleSet = ruleSet;
        this.deMinimis = deMinimis;
    }

    public UUID getProgrammeId() {
        return programmeId;
    }

    public AidRuleSet getRuleSet() {
        return ruleSet;
    }

    public boolean isDeMinimis() {
        return deMinimis;
    }
}
