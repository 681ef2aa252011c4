package org.regia.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.Programme;
import org.regia.evaluation.FundingDecided;
import org.regia.evaluation.FundingDecided.PartnerAward;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.EnterpriseNumber;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 6, item 7: the finance dashboard per budget line and year and per programme and beneficiary type, read from
 * the running totals the database keeps on every ledger insert — checked against a direct aggregation of the ledger.
 */
class FinanceDashboardTest extends IntegrationTest {

    static final String LINE = "12.021.38.09.3132";

    @Autowired
    FinanceDashboard dashboard;
    @Autowired
    FinanceLedger ledger;
    @Autowired
    GrantService grants;
    @Autowired
    OrganisationService organisations;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    MockMvc mvc;

    Programme rd;
    Programme joint;

    @BeforeEach
    void setUp() {
        createUser("finance@example.org", Role.FINANCE_OFFICER);
        createUser("control@example.org", Role.CONTROL_OFFICER);
        createUser("founder@example.org", Role.APPLICANT);
        actAs("finance@example.org");
        catalogue.loadProgrammes2023IfEmpty();
        rd = catalogue.programmeByCode("rd-projects");
        joint = catalogue.programmeByCode("joint-rd");
        UUID firm = organisations.create(new OrganisationDetails("Zinneke Software BV", null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix("07112233").digits(), "Rue Royale 97", "1000", null, "BE", null, null)).getId();
        UUID university = organisations.create(new OrganisationDetails("Vrije Universiteit Brussel", null, OrganisationType.UNIVERSITY,
                EnterpriseNumber.fromPrefix("04490124").digits(), "Pleinlaan 2", "1050", null, "BE", null, null)).getId();

        Grant twin = grants.fromDecision(decision(rd, "Jumeau numérique", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
                new PartnerAward(firm, true, new BigDecimal("300000.00"))));
        Grant lab = grants.fromDecision(decision(joint, "Capteurs", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 31),
                new PartnerAward(university, true, new BigDecimal("100000.00"))));
        Grant byHand = ledger.createGrant("RG-2027-0900", firm, "Étude de faisabilité", new BigDecimal("50000"),
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

        ledger.addCredit(LINE, 2026, new BigDecimal("1000000"));
        ledger.addCredit(LINE, 2027, new BigDecimal("1000000"));
        ledger.commit(twin.getId(), LINE, 2026, new BigDecimal("150000"), null);
        ledger.commit(twin.getId(), LINE, 2027, new BigDecimal("150000"), null);
        ledger.decommit(twin.getId(), LINE, 2027, new BigDecimal("20000"));
        ledger.commit(lab.getId(), LINE, 2026, new BigDecimal("100000"), null);
        ledger.commit(byHand.getId(), LINE, 2027, new BigDecimal("50000"), null);
        pay(twin, 2026, "90000");
        pay(lab, 2026, "40000");
    }

    private void pay(Grant grant, int year, String amount) {
        Payment p = ledger.requestPayment(grant.getId(), LINE, year, new BigDecimal(amount), "Avance");
        ledger.approve(p.getId());
        ledger.post(p.getId());
    }

    private static FundingDecided decision(Programme programme, String title, LocalDate start, LocalDate end, PartnerAward award) {
        return new FundingDecided(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), programme.getId(), "APP-" + title,
                title, true, Instant.parse("2025-12-01T10:00:00Z"), start, end, List.of(award));
    }

    @Test
    void perBudgetLineAndYearTheRunningTotalsEqualADirectAggregationOfTheLedger() {
        assertThat(dashboard.lines(null)).extracting(f -> f.year(), f -> f.credit().toPlainString(),
                        f -> f.committed().toPlainString(), f -> f.liquidated().toPlainString())
                .containsExactly(tuple(2027, "1000000.00", "180000.00", "0.00"),
                        tuple(2026, "1000000.00", "250000.00", "130000.00"));
        for (FinanceLedger.Figures f : dashboard.lines(null)) {
            var direct = jdbc().queryForMap("""
                    select coalesce(sum(amount) filter (where kind = 'CREDIT'), 0) as credit,
                           coalesce(sum(amount) filter (where kind = 'COMMITMENT'), 0)
                             - coalesce(sum(amount) filter (where kind = 'DECOMMITMENT'), 0) as committed,
                           coalesce(sum(amount) filter (where kind = 'PAYMENT'), 0) as liquidated
                    from grants_ledger where budget_line = ? and fiscal_year = ?""", f.budgetLine(), f.year());
            assertThat(f.credit()).isEqualByComparingTo((BigDecimal) direct.get("credit"));
            assertThat(f.committed()).isEqualByComparingTo((BigDecimal) direct.get("committed"));
            assertThat(f.liquidated()).isEqualByComparingTo((BigDecimal) direct.get("liquidated"));
        }
        assertThat(dashboard.lines(2026)).singleElement().satisfies(f -> {
            assertThat(f.liquidatedRatio()).isEqualByComparingTo("52.00");
            assertThat(f.outstanding()).isEqualByComparingTo("120000");
        });
        assertThat(ledger.figures(LINE, 2026).committed()).isEqualByComparingTo("250000");
        assertThat(ledger.figures(LINE, 2031).credit()).isEqualByComparingTo("0");
        assertThat(dashboard.years()).containsExactly(2027, 2026);
    }

    @Test
    void perProgrammeAndBeneficiaryTypeForOneYearAndForAllYears() {
        assertThat(dashboard.byProgrammeAndType(2026, Locale.FRENCH))
                .extracting(FinanceDashboard.ProgrammeFigures::programme, FinanceDashboard.ProgrammeFigures::beneficiaryType,
                        FinanceDashboard.ProgrammeFigures::grants, p -> p.awarded().toPlainString(),
                        p -> p.committed().toPlainString(), p -> p.liquidated().toPlainString(), p -> p.liquidatedRatio().toPlainString())
                .containsExactly(tuple(rd.getName().in(Locale.FRENCH), "COMPANY", 1L, "300000.00", "150000.00", "90000.00", "60.00"),
                        tuple(joint.getName().in(Locale.FRENCH), "UNIVERSITY", 1L, "100000.00", "100000.00", "40000.00", "40.00"));
        // 2027: the consortium grant has ended; the grant recorded by hand is outside any programme
        assertThat(dashboard.byProgrammeAndType(2027, Locale.FRENCH))
                .extracting(FinanceDashboard.ProgrammeFigures::programmeId, FinanceDashboard.ProgrammeFigures::grants,
                        p -> p.committed().toPlainString())
                .containsExactly(tuple(rd.getId(), 1L, "130000.00"), tuple(FinanceDashboard.NO_PROGRAMME, 1L, "50000.00"));
        assertThat(dashboard.byProgrammeAndType(null, new Locale("nl")))
                .extracting(FinanceDashboard.ProgrammeFigures::programme, p -> p.committed().toPlainString(), p -> p.outstanding().toPlainString())
                .containsExactly(tuple(rd.getName().in(new Locale("nl")), "280000.00", "190000.00"),
                        tuple(joint.getName().in(new Locale("nl")), "100000.00", "60000.00"),
                        tuple("", "50000.00", "50000.00"));
    }

    @Test
    void theGrantCountsFollowChangesOfAGrantAndMatchADirectComputation() {
        assertThat(dashboard.byProgrammeAndType(2028, Locale.FRENCH)).isEmpty();
        // an amendment extends the R&D project by a year
        jdbc().update("update grants_grant set end_date = date '2028-06-30' where title = 'Jumeau numérique'");
        assertThat(dashboard.byProgrammeAndType(2028, Locale.FRENCH))
                .extracting(FinanceDashboard.ProgrammeFigures::programmeId, FinanceDashboard.ProgrammeFigures::grants)
                .containsExactly(tuple(rd.getId(), 1L));
        String direct = """
                select coalesce(g.programme_id, '00000000-0000-0000-0000-000000000000'::uuid) as p, o.type as t, y.year as y,
                       count(*) as n, sum(g.awarded) as a
                from grants_grant g join organisation o on o.id = g.organisation_id
                cross join lateral (select 0 as year union all
                    select generate_series(extract(year from g.start_date)::int, extract(year from g.end_date)::int)) y
                group by 1, 2, 3 order by 1, 2, 3""";
        String kept = """
                select programme_id as p, beneficiary_type as t, year as y, grants as n, awarded as a
                from grants_programme_awards where grants <> 0 order by 1, 2, 3""";
        assertThat(jdbc().queryForList(kept)).isEqualTo(jdbc().queryForList(direct));
    }

    @Test
    void theLedgerIsAppendOnlyInTheDatabaseToo() {
        assertThatThrownBy(() -> jdbc().update("update grants_ledger set amount = amount + 1"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc().update("delete from grants_ledger where kind = 'PAYMENT'"))
                .hasMessageContaining("append-only");
        assertThat(dashboard.lines(2026).get(0).liquidated()).isEqualByComparingTo("130000");
    }

    @Test
    void theScreenFiltersByYearAndExportsBothTablesAndOnlyForFinanceAndManagement() throws Exception {
        var control = user(accounts.loadUserByUsername("control@example.org"));
        mvc.perform(get("/grants/finance").param("year", "2026").with(control).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(org.springframework.web.util.HtmlUtils.htmlEscape(rd.getName().in(Locale.FRENCH)))))
                .andExpect(content().string(containsString("Université")))
                .andExpect(content().string(containsString("60.00 %")))
                .andExpect(content().string(containsString("id=\"programme-chart\"")));
        byte[] xlsx = mvc.perform(get("/grants/finance.xlsx").param("year", "2026").with(control).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(0).getLastRowNum()).as("one budget line in 2026").isEqualTo(1);
            var byProgramme = book.getSheetAt(1);
            assertThat(byProgramme.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Beneficiary type");
            assertThat(byProgramme.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(150000.0);
            assertThat(byProgramme.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(60.0);
        }
        mvc.perform(get("/api/grants/finance/programmes").param("year", "2026").with(control))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].beneficiaryType").value("COMPANY"))
                .andExpect(jsonPath("$[0].committed").value(150000.0));
        mvc.perform(get("/grants/finance").with(user(accounts.loadUserByUsername("founder@example.org"))))
                .andExpect(status().isForbidden());
    }
}
