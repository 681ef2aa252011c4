package org.regia.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.CatalogueFilter;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.Programme;
import org.regia.identity.Role;
import org.regia.impact.ImpactIndicators.Dimension;
import org.regia.shared.DomainException;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8 analyses on PostgreSQL: roll-ups with response rates and jobs per EUR 1 M computed on answering projects
 * only; the anonymised micro-data export with small-cell suppression and no identifying columns; the additionality
 * report refusing thin data and recovering a known effect; the ranking import checking every line first.
 */
class ImpactAnalysesTest extends IntegrationTest {

    @Autowired
    SurveyService surveys;
    @Autowired
    ImpactIndicators indicators;
    @Autowired
    MicrodataExport export;
    @Autowired
    AdditionalityService additionality;
    @Autowired
    CatalogueService catalogue;

    Programme a;
    Programme b;

    @BeforeEach
    void setUp() {
        createUser("officer@example.org", Role.PROGRAMME_OFFICER);
        actAs("officer@example.org");
        catalogue.loadProgrammes2023IfEmpty();
        List<Programme> all = catalogue.search(CatalogueFilter.none(), java.util.Locale.FRENCH);
        a = all.get(0);
        b = all.get(1);
    }

    /** A survey opened, with (when staff is not null) an answer recorded as version 1. */
    UUID survey(SurveyKind kind, Programme p, String type, String amount, BigDecimal baselineStaff, Double staff,
                Double created, String without, UUID applicationId) {
        Survey s = surveys.schedule(new Survey.Subject(kind, kind == SurveyKind.BENEFICIARY ? UUID.randomUUID() : null,
                applicationId == null ? UUID.randomUUID() : applicationId, null, p.getId(), UUID.randomUUID(), type,
                p.getDomains().stream().map(Enum::name).sorted().toList(), "REF", "Secret project title",
                new BigDecimal(amount), LocalDate.now().minusYears(3), LocalDate.now().minusYears(1),
                new Answers.Baseline(2020, baselineStaff, null))).get(0);
        jdbc().update("update impact_survey set state = 'OPEN', invited_at = now() where id = ?", s.getId());
        if (staff != null) {
            jdbc().update("""
                    insert into impact_answer (id, survey_id, version, answered_at, answered_by_email, staff_fte,
                        fte_created, fte_kept, turnover, patents, dois, still_in_region, without_support, comment)
                    values (?, ?, 1, ?, 'someone@example.org', ?, ?, 0, 1234567, 1, '10.1000/secret', true, ?, 'Secret comment')""",
                    UUID.randomUUID(), s.getId(), Timestamp.from(Instant.now()), staff, created, without);
        }
        return s.getId();
    }

    @Test
    void rollUpsShowResponseRatesAndJobsPerMillionOnAnsweringProjectsOnly() {
        survey(SurveyKind.BENEFICIARY, a, "COMPANY", "500000", null, 10.0, 4.0, "LATER", null);
        survey(SurveyKind.BENEFICIARY, a, "COMPANY", "250000", null, 5.0, 2.0, "NOT_AT_ALL", null);
        survey(SurveyKind.BENEFICIARY, a, "UNIVERSITY", "1000000", null, null, null, null, null); // not answered
        survey(SurveyKind.BENEFICIARY, b, "UNIVERSITY", "400000", null, 3.0, 1.0, "FULLY", null);
        survey(SurveyKind.COMPARISON, b, "COMPANY", "0", null, 8.0, 0.0, "SMALLER", null); // not a beneficiary

        ImpactIndicators.Row total = indicators.rollUp(Dimension.TOTAL, 1).get(0);
        assertThat(total.sent()).isEqualTo(4);
        assertThat(total.answered()).isEqualTo(3);
        assertThat(total.responseRate()).isEqualTo(0.75);
        // (4 + 2 + 1) FTE / EUR 1.15 M of the answering projects = 6.1 (not divided by the unanswered million)
        assertThat(total.jobsPerMillion()).isEqualByComparingTo("6.1");

        List<ImpactIndicators.Row> byProgramme = indicators.rollUp(Dimension.PROGRAMME, 1);
        ImpactIndicators.Row rowA = byProgramme.stream().filter(r -> r.key().equals(a.getId().toString())).findFirst().orElseThrow();
        assertThat(rowA.sent()).isEqualTo(3);
        assertThat(rowA.answered()).isEqualTo(2);
        assertThat(rowA.jobsPerMillion()).isEqualByComparingTo("8.0"); // 6 FTE / EUR 0.75 M
        assertThat(indicators.rollUp(Dimension.BENEFICIARY_TYPE, 1)).extracting(ImpactIndicators.Row::key)
                .containsExactly("COMPANY", "UNIVERSITY");
        assertThat(indicators.rollUp(Dimension.TOTAL, 3)).isEmpty();
        if (!a.getDomains().isEmpty()) {
            assertThat(indicators.rollUp(Dimension.DOMAIN, 1)).extracting(ImpactIndicators.Row::key)
                    .contains(a.getDomains().iterator().next().name());
        }
    }

    @Test
    void microdataSuppressSmallCellsAndCarryNothingIdentifying() {
        for (int i = 0; i < 6; i++) {
            survey(SurveyKind.BENEFICIARY, a, "COMPANY", "120000", new BigDecimal("4"), 6.0, 1.0, "LATER", null);
        }
        survey(SurveyKind.BENEFICIARY, b, "COMPANY", "90000", null, 2.0, 1.0, "FULLY", null);
        survey(SurveyKind.BENEFICIARY, b, "COMPANY", "90000", null, 2.0, 1.0, "FULLY", null);
        // 4 universities + 1 company of programme a, wave 1: too rare by type, enough together once coarsened
        for (int i = 0; i < 4; i++) {
            survey(SurveyKind.COMPARISON, a, "UNIVERSITY", "0", null, 30.0, 0.0, "SMALLER", null);
        }
        survey(SurveyKind.COMPARISON, a, "COMPANY", "0", null, 3.0, 0.0, "LATER", null);

        MicrodataExport.Export e = export.export();
        assertThat(export.threshold()).isEqualTo(5);
        assertThat(e.lines()).isEqualTo(11);
        assertThat(e.suppressed()).isEqualTo(2);
        String[] lines = e.csv().split("\n");
        assertThat(lines[0]).isEqualTo(String.join(",", MicrodataExport.COLUMNS));
        assertThat(lines).hasSize(12);
        assertThat(java.util.Arrays.stream(lines).filter(l -> l.contains(",COMPARISON,")))
                .hasSize(5).allMatch(l -> l.contains(",ANY,"));
        assertThat(java.util.Arrays.stream(lines).filter(l -> l.contains(",BENEFICIARY,"))).hasSize(6)
                .allMatch(l -> l.contains("," + a.getCode() + ",") && l.contains(",COMPANY,50k-150k,") && l.contains(",1230,"));
        assertThat(e.csv().substring(e.csv().indexOf('\n'))).doesNotContain("Secret", "10.1000", "someone@example.org", "," + b.getCode() + ",");
        assertThat(e.codebook()).contains("11 lines exported; 2 lines suppressed", "fewer than 5 answers");
    }

    @Test
    void additionalityRefusesThinDataAndRecoversAKnownEffect() {
        survey(SurveyKind.BENEFICIARY, a, "COMPANY", "100000", new BigDecimal("5"), 8.0, 2.0, "LATER", null);
        AdditionalityService.Report thin = additionality.report(null, 1, 10);
        assertThat(thin.stated().refused()).isTrue();
        assertThat(thin.stated().refusalKey()).isEqualTo("impact.estimate.tooFewAnswers");
        assertThat(thin.differenceInDifferences().refusalKey()).isEqualTo("impact.estimate.tooFewGroups");
        assertThat(thin.discontinuity().refusalKey()).isEqualTo("impact.estimate.tooFewNearLine");

        // 40 funded and 40 rejected: staff grows by 1 FTE without support, by 1 + 3 with it (noise sd 1)
        Random random = new Random(42);
        StringBuilder rankings = new StringBuilder("application_id;call_id;score;cutoff\n");
        for (int i = 0; i < 80; i++) {
            boolean funded = i % 2 == 0;
            double score = funded ? 70 + random.nextDouble() * 8 : 62 + random.nextDouble() * 8;
            double before = 5 + random.nextInt(10);
            double after = before + 1 + (funded ? 3 : 0) + random.nextGaussian();
            UUID application = UUID.randomUUID();
            survey(funded ? SurveyKind.BENEFICIARY : SurveyKind.COMPARISON, a, "COMPANY", funded ? "200000" : "0",
                    BigDecimal.valueOf(before), Math.max(0, Math.round(after * 100) / 100.0), 1.0,
                    funded ? (i % 4 == 0 ? "NOT_AT_ALL" : "LATER") : "SMALLER", application);
            rankings.append(application).append(";;").append(String.format(java.util.Locale.ROOT, "%.3f", score)).append(";70.000\n");
        }
        assertThat(additionality.importRankings(rankings.toString())).isEqualTo(80);

        AdditionalityService.Report r = additionality.report(a.getId(), 1, 10);
        assertThat(r.stated().refused()).isFalse();
        assertThat(r.stated().answers()).isEqualTo(41);
        assertThat(r.stated().fullyAdditionalShare()).isBetween(0.4, 0.6);
        Estimate did = r.differenceInDifferences();
        assertThat(did.refused()).isFalse();
        assertThat(did.sampleSizes()).containsEntry("funded", 41).containsEntry("notFunded", 40);
        assertThat(did.covers(3.0)).isTrue();
        assertThat(did.significant()).isTrue();
        Estimate rdd = r.discontinuity();
        assertThat(rdd.refused()).as("%s", rdd).isFalse();
        assertThat(rdd.covers(3.0)).isTrue();
        assertThat(additionality.report(b.getId(), 1, 10).differenceInDifferences().refused()).isTrue();
    }

    @Test
    void aRankingFileWithOneBadLineImportsNothingAndNamesTheLine() {
        String good = UUID.randomUUID() + ";;72.5;70\n";
        assertThatThrownBy(() -> additionality.importRankings("application_id;call_id;score;cutoff\n" + good
                + UUID.randomUUID() + ";;72,5;70\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("impact.ranking.score");
                    assertThat(e.arguments()).containsExactly(3, "72,5");
                });
        assertThatThrownBy(() -> additionality.importRankings("id;score\n" + good))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("impact.ranking.header"));
        assertThatThrownBy(() -> additionality.importRankings("application_id;call_id;score;cutoff\nnot-an-id;;1;1\n"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.arguments()).containsExactly(2, "not-an-id"));
        assertThat(additionality.rankingCount()).isZero();
        assertThat(additionality.importRankings("application_id;call_id;score;cutoff\n" + good)).isEqualTo(1);
        assertThat(additionality.rankingCount()).isEqualTo(1);
    }

    @Test
    void applicantsCannotSeeTheAnalyses() {
        createUser("founder@example.org", Role.APPLICANT);
        actAs("founder@example.org");
        assertThatThrownBy(() -> indicators.rollUp(Dimension.TOTAL, 1))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> export.export()).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
