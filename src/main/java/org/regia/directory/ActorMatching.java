package org.regia.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.MessageSourceResolvable;

/**
 * "The right service, at the right moment, in the right way, by the right actor": ranks the published offerings for
 * a need. The kind of support asked for must match; target group, phase and domain each add to the score; every
 * match and every mismatch is given as a reason.
 */
public final class ActorMatching {

    private ActorMatching() {
    }

    public record Proposal(Offering offering, int score, List<MessageSourceResolvable> reasonsFor,
                           List<MessageSourceResolvable> reasonsAgainst) {
        public EcosystemActor actor() {
            return offering.getActor();
        }
    }

    public static List<Proposal> propose(Need need, List<EcosystemActor> actors) {
        List<Proposal> proposals = new ArrayList<>();
        for (EcosystemActor actor : actors) {
            if (!actor.isPublished()) {
                continue;
            }
            for (Offering o : actor.getOfferings()) {
                if (!o.getNeeds().contains(need.need())) {
                    continue;
                }
                List<MessageSourceResolvable> pro = new ArrayList<>();
                List<MessageSourceResolvable> con = new ArrayList<>();
                int score = 10;
                pro.add(reason("directory.reason.need", "catalogue.supportNeed." + need.need()));
                if (o.getTargetGroups().isEmpty() || o.getTargetGroups().contains(need.profile())) {
                    score += 5;
                    pro.add(reason("directory.reason.targetGroup", "catalogue.finderProfile." + need.profile()));
                } else {
                    con.add(reason("directory.reason.notTargetGroup", "catalogue.finderProfile." + need.profile()));
                }
                if (need.phase() != null) {
                    if (o.getPhases().contains(need.phase())) {
                        score += 3;
                        pro.add(reason("directory.reason.phase", "catalogue.innovationPhase." + need.phase()));
                    } else {
                        con.add(reason("directory.reason.notPhase", "catalogue.innovationPhase." + need.phase()));
                    }
                }
                if (need.domain() != null) {
                    if (o.getDomains().contains(need.domain())) {
                        score += 3;
                        pro.add(reason("directory.reason.domain", "catalogue.innovationDomain." + need.domain()));
                    } else if (!o.getDomains().isEmpty()) {
                        con.add(reason("directory.reason.notDomain", "catalogue.innovationDomain." + need.domain()));
                    }
                }
                if (o.isFree()) {
                    score += 1;
                    pro.add(new DefaultMessageSourceResolvable("directory.reason.free"));
                }
                proposals.add(new Proposal(o, score, pro, con));
            }
        }
        proposals.sort(Comparator.comparingInt(Proposal::score).reversed()
                .thenComparing(p -> p.actor().getName()));
        return proposals;
    }

    /** A reason whose argument is itself a translated label (e.g. the phase's name). */
    private static MessageSourceResolvable reason(String key, String labelKey) {
        return new DefaultMessageSourceResolvable(new String[] {key}, new Object[] {new DefaultMessageSourceResolvable(labelKey)});
    }
}
