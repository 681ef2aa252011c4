package org.regia.catalogue.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.InstrumentKind;
import org.regia.catalogue.Programme;
import org.regia.catalogue.SupportNeed;
import org.regia.catalogue.Track;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;
import org.regia.shared.LocalizedText;

/** JSON views of the catalogue API (records, never entities). */
final class CatalogueApiViews {

    private CatalogueApiViews() {
    }

    record Text(String fr, String nl, String en) {
        static Text of(LocalizedText t) {
            return t == null ? null : new Text(t.fr(), t.nl(), t.en());
        }

        LocalizedText toLocalized() {
            return new LocalizedText(fr, nl, en);
        }
    }

    record ProgrammeView(UUID id, String code, Text name, Text description, InstrumentKind kind,
                         Set<InnovationPhase> phases, Set<Track> tracks, Integer trlMin, Integer trlMax,
                         Set<OrganisationType> beneficiaryTypes, Set<SizeClass> sizeClasses,
                         Set<InnovationDomain> domains, Set<SupportNeed> needs, String legalBasis,
                         Set<String> budgetLines, BigDecimal maxAmount, BigDecimal ratePercent, BigDecimal fixedAmount,
                         boolean active, long version) {
        static ProgrammeView of(Programme p) {
            var f = p.getFunding();
            return new ProgrammeView(p.getId(), p.getCode(), Text.of(p.getName()), Text.of(p.getDescription()),
                    p.getKind(), Set.copyOf(p.getPhases()), Set.copyOf(p.getTracks()), p.getTrl().min(),
                    p.getTrl().max(), Set.copyOf(p.getBeneficiaryTypes()), Set.copyOf(p.getSizeClasses()),
                    Set.copyOf(p.getDomains()), Set.copyOf(p.getNeeds()), p.getLegalBasis(),
                    Set.copyOf(p.getBudgetLines()), f.maxAmount() == null ? null : f.maxAmount().amount(), f.rate(),
                    f.fixedAmount() == null ? null : f.fixedAmount().amount(), p.isActive(), p.getVersion());
        }
    }

    record EqualOpportunitiesView(String questions, String answers, String author, LocalDate doneOn) {
    }

    record CallView(UUID id, UUID programmeId, String programmeCode, Text title, Text theme, CallMode mode,
                    Instant opensAt, Instant closesAt, int stages, BigDecimal budget, BigDecimal expectedGrant,
                    String criteriaReference, CallState state, boolean openNow,
                    boolean equalOpportunitiesTestRequired, EqualOpportunitiesView equalOpportunitiesTest,
                    List<Instant> infoSessions, List<CallState> allowedTransitions, long version) {
        static CallView of(Call c, Instant now, boolean withEqualOpportunitiesDetails) {
            var eo = c.getEqualOpportunities();
            return new CallView(c.getId(), c.getProgramme().getId(), c.getProgramme().getCode(), Text.of(c.getTitle()),
                    Text.of(c.getTheme()), c.getMode(), c.getOpensAt(), c.getClosesAt(), c.getStages(),
                    c.getBudget().amount(), c.getExpectedGrant() == null ? null : c.getExpectedGrant().amount(),
                    c.getCriteriaReference(), c.getState(), c.isOpenAt(now), c.requiresEqualOpportunitiesTest(),
                    eo == null ? null : new EqualOpportunitiesView(withEqualOpportunitiesDetails ? eo.questions() : null,
                            withEqualOpportunitiesDetails ? eo.answers() : null,
                            withEqualOpportunitiesDetails ? eo.author() : null, eo.doneOn()),
                    c.getInfoSessions(), c.getState().next().stream().sorted().toList(), c.getVersion());
        }
    }

    record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
        static <T> PageView<T> of(List<T> all, int page, int size) {
            int p = Math.max(page, 0);
            int s = Math.min(Math.max(size, 1), 100);
            int from = Math.min(p * s, all.size());
            int to = Math.min(from + s, all.size());
            return new PageView<>(all.subList(from, to), p, s, all.size(), (all.size() + s - 1) / s);
        }
    }
}
