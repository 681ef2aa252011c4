package org.regia.grants.internal;

import org.regia.evaluation.FundingDecided;
import org.regia.grants.GrantService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A final decision to fund becomes a grant (rejections are for the impact module's comparison group). */
@Component
class FundingDecisionListener {

    private static final Logger log = LoggerFactory.getLogger(FundingDecisionListener.class);

    private final GrantService grants;

    FundingDecisionListener(GrantService grants) {
        this.grants = grants;
    }

    @ApplicationModuleListener
    void on(FundingDecided decision) {
        if (!decision.funded()) {
            return;
        }
        var grant = grants.fromDecision(decision);
        log.info("Funding decision {} on {} → grant {}", decision.decisionId(), decision.receiptNumber(), grant.getReference());
    }
}
