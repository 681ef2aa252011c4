package org.regia.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The "innovation journey" finder: checks each active programme against the answers to four questions (who, which
 * stage/TRL, what need, which domain) and says why it fits or why not. Unanswered questions do not exclude anything.
 */
public final class Finder {

    private Finder() {
    }

    /** Answers to the questionnaire; any may be null ("I don't know"). */
    public record Answers(FinderProfile profile, InnovationPhase phase, Integer trl, SupportNeed need,
                          InnovationDomain domain) {
    }

    /** One programme's verdict: fits when there is no reason against. */
    public record Match(Programme programme, List<MessageSourceResolvable> reasonsFor,
                        List<MessageSourceResolvable> reasonsAgainst) {
        public boolean fits() {
            return reasonsAgainst.isEmpty();
        }
    }

    public static List<Match> evaluate(List<Programme> programmes, Answers a, Locale locale) {
        List<Match> result = new ArrayList<>();
        for (Programme p : programmes) {
            if (p.isActive()) {
                result.add(match(p, a));
            }
        }
        result.sort(Comparator.comparing(Match::fits).reversed()
                .thenComparing(m -> -m.reasonsFor().size())
                .thenComparing(m -> m.programme().getName().in(locale)));
        return result;
    }

    static Match match(Programme p, Answers a) {
        List<MessageSourceResolvable> pro = new ArrayList<>();
        List<MessageSourceResolvable> con = new ArrayList<>();
        if (a.profile() != null) {
            String profile = "catalogue.finderProfile." + a.profile().name();
            if (!p.admitsBeneficiary(a.profile().type())) {
                con.add(reason("catalogue.finder.no.beneficiary", label(profile)));
            } else if (!p.getSizeClasses().isEmpty() && !a.profile().sizes().isEmpty()
                    && Collections.disjoint(p.getSizeClasses(), a.profile().sizes())) {
                con.add(reason("catalogue.finder.no.size", label(profile)));
            } else {
                pro.add(reason("catalogue.finder.yes.beneficiary", label(profile)));
            }
        }
        if (a.phase() != null && !p.getPhases().isEmpty()) {
            String phase = "catalogue.innovationPhase." + a.phase().name();
            if (p.getPhases().contains(a.phase())) {
                pro.add(reason("catalogue.finder.yes.phase", label(phase)));
            } else {
                con.add(reason("catalogue.finder.no.phase", label(phase)));
            }
        }
        TrlRange trl = p.getTrl();
        if (a.trl() != null && trl.isApplicable()) {
            if (trl.contains(a.trl())) {
                pro.add(reason("catalogue.finder.yes.trl", a.trl(), trl.min(), trl.max()));
            } else {
                con.add(reason("catalogue.finder.no.trl", a.trl(), trl.min(), trl.max()));
            }
        }
        if (a.need() != null) {
            String need = "catalogue.supportNeed." + a.need().name();
            if (p.getNeeds().contains(a.need())) {
                pro.add(reason("catalogue.finder.yes.need", label(need)));
            } else {
                con.add(reason("catalogue.finder.no.need", label(need)));
            }
        }
        if (a.domain() != null && !p.getDomains().isEmpty()) {
            String domain = "catalogue.innovationDomain." + a.domain().name();
            if (p.getDomains().contains(a.domain())) {
                pro.add(reason("catalogue.finder.yes.domain", label(domain)));
            } else {
                con.add(reason("catalogue.finder.no.domain", label(domain)));
            }
        }
        return new Match(p, List.copyOf(pro), List.copyOf(con));
    }

    private static MessageSourceResolvable reason(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }

    private static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}
