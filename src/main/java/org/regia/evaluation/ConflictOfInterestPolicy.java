package org.regia.evaluation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Automatic detection of conflicts of interest. An expert is conflicted for an application when, for any partner
 * organisation of it: the expert works there now or worked there before; the expert applied together with it in the
 * last {@code coApplicationYears} years; or the expert declared a relationship with it. (The expert's own declaration
 * before opening an application comes on top of these rules.)
 */
public record ConflictOfInterestPolicy(int coApplicationYears) {

    public static final ConflictOfInterestPolicy DEFAULT = new ConflictOfInterestPolicy(3);

    public Optional<Conflict> check(ExpertProfile expert, ApplicationProfile application, LocalDate today) {
        for (UUID partner : application.partnerOrganisations()) {
            if (partner.equals(expert.organisation())) {
                return Optional.of(new Conflict(Conflict.Reason.SAME_ORGANISATION, partner));
            }
            if (expert.pastOrganisations().contains(partner)) {
                return Optional.of(new Conflict(Conflict.Reason.PAST_ORGANISATION, partner));
            }
            if (expert.declaredRelations().contains(partner)) {
                return Optional.of(new Conflict(Conflict.Reason.DECLARED_RELATIONSHIP, partner));
            }
            LocalDate since = today.minusYears(coApplicationYears);
            boolean coApplied = expert.coApplications().stream()
                    .anyMatch(c -> c.organisation().equals(partner) && !c.date().isBefore(since) && !c.date().isAfter(today));
            if (coApplied) {
                return Optional.of(new Conflict(Conflict.Reason.RECENT_CO_APPLICATION, partner));
            }
        }
        return Optional.empty();
    }

    /** Why an expert may not evaluate an application, and because of which partner. */
    public record Conflict(Reason reason, UUID organisation) {
        public enum Reason { SAME_ORGANISATION, PAST_ORGANISATION, RECENT_CO_APPLICATION, DECLARED_RELATIONSHIP, DECLARED_BY_EXPERT }
    }
}
