package org.regia.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.regia.catalogue.CatalogueFilter;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.Programme;
import org.regia.impact.Additionality.WithoutSupport;
import org.regia.identity.CurrentUser;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: a synthetic but plausible follow-up of past projects of the demo organisations — beneficiary and
 * comparison surveys one year after the end, most answered (about 7.8 jobs per EUR 1 M, as in the sources), rankings
 * around the funding line — and one open survey for the demo applicant's company to answer. Loaded once.
 */
@Component
@Profile("demo")
@Order(110)
class ImpactDemoData implements ApplicationRunner {

    private final SurveyService surveys;
    private final SurveyRepository repository;
    private final SurveyAnswerRepository answers;
    private final AdditionalityService additionality;
    private final OrganisationService organisations;
    private final CatalogueService catalogue;
    private final Clock clock;

    ImpactDemoData(SurveyService surveys, SurveyRepository repository, SurveyAnswerRepository answers,
                   AdditionalityService additionality, OrganisationService organisations, CatalogueService catalogue,
                   Clock clock) {
        this.surveys = surveys;
        this.repository = repository;
        this.answers = answers;
        this.additionality = additionality;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // answers, not surveys: the demo grants (grants module) may already have scheduled theirs through GrantAwarded
        if (answers.count() > 0) {
            return;
        }
        CurrentUser.asSystem(this::load);
    }

    private void load() {
        List<Organisation> orgs = organisations.search("", PageRequest.of(0, 100)).getContent();
        List<Programme> programmes = catalogue.search(CatalogueFilter.none(), java.util.Locale.FRENCH).stream().limit(4).toList();
        if (orgs.isEmpty() || programmes.isEmpty()) {
            return;
        }
        Random random = new Random(2026);
        LocalDate today = LocalDate.now(clock);
        String[] titlesFr = {"Capteurs de qualité de l’air", "Jumeau numérique du réseau de chaleur", "Tri robotisé des déchets",
            "Diagnostic précoce par IA", "Béton bas carbone", "Logistique urbaine à vélo-cargo", "Plateforme de soins à domicile",
            "Recyclage des batteries"};
        StringBuilder rankings = new StringBuilder("application_id;call_id;score;cutoff\n");
        for (int i = 0; i < 48; i++) {
            boolean funded = i % 3 != 2;
            Organisation o = orgs.get(i % orgs.size());
            Programme p = programmes.get(i % programmes.size());
            BigDecimal amount = funded ? BigDecimal.valueOf(100_000 + random.nextInt(50) * 10_000L) : BigDecimal.ZERO;
            LocalDate end = today.minusYears(1).minusDays(10 + random.nextInt(40));
            double before = 3 + random.nextInt(40);
            UUID application = UUID.randomUUID();
            Survey s = surveys.schedule(new Survey.Subject(funded ? SurveyKind.BENEFICIARY : SurveyKind.COMPARISON,
                    funded ? UUID.randomUUID() : null, application, null, p.getId(), o.getId(), o.getType().name(),
                    p.getDomains().stream().map(Enum::name).sorted().toList(), (funded ? "RG-" : "APP-") + (2022 + i % 3) + "-" + (100 + i),
                    titlesFr[i % titlesFr.length], amount, end.minusYears(2), end,
                    new Answers.Baseline(end.getYear() - 3, BigDecimal.valueOf(before), null))).get(0);
            double score = funded ? 70 + random.nextDouble() * 20 : 55 + random.nextDouble() * 15;
            rankings.append(application).append(";;").append(String.format(java.util.Locale.ROOT, "%.3f", score)).append(";70.000\n");
            if (i % 7 == 6) {
                continue; // no answer: the response rate is not 100 %
            }
            double created = funded ? Math.max(0, amount.doubleValue() * 7.8e-6 + random.nextGaussian()) : 0;
            double growth = 0.5 + (funded ? 2.5 : 0) + random.nextGaussian();
            double staff = Math.max(before + growth, created);
            Answers a = new Answers(dec(staff), dec(created), dec(random.nextInt(3)), BigDecimal.valueOf(500_000 + random.nextInt(100) * 50_000L),
                    BigDecimal.valueOf(random.nextInt(20) * 10_000L), BigDecimal.valueOf(random.nextInt(10) * 50_000L),
                    BigDecimal.valueOf(random.nextInt(4) * 25_000L), funded ? random.nextInt(2) : null,
                    funded ? random.nextInt(3) : null, funded ? random.nextInt(4) : null, List.of(),
                    funded ? random.nextInt(3) : null, random.nextInt(10) > 0,
                    WithoutSupport.values()[random.nextInt(4)], null);
            answers.save(new SurveyAnswer(s.getId(), 1, a, null, "demo@regia.example", clock.instant().minusSeconds(86_400L * (1 + random.nextInt(20)))));
        }
        additionality.importRankings(rankings.toString());
        // one survey for the demo applicant's company, opening today
        Organisation first = orgs.stream().filter(o -> "Zinneke Software BV".equals(o.getLegalName())).findFirst().orElse(orgs.get(0));
        surveys.schedule(new Survey.Subject(SurveyKind.BENEFICIARY, UUID.randomUUID(), null, null, programmes.get(0).getId(),
                first.getId(), first.getType().name(), List.of(), "RG-2023-0042", "Assistant vocal bilingue pour les services publics",
                new BigDecimal("240000.00"), today.minusYears(3), today.minusYears(1), surveys.baselineOf(first.getId(), today.minusYears(3))));
        List<Survey> due = new ArrayList<>(repository.findByStateAndOpensOnLessThanEqual(SurveyState.SCHEDULED, today));
        if (!due.isEmpty()) {
            surveys.run();
        }
    }

    private static BigDecimal dec(double d) {
        return BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP);
    }
}
