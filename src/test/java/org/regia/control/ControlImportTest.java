package org.regia.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regia.identity.Role;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** Import of the real content (src/main/resources/control/*.csv): expected counts, source defects, all-or-nothing. */
class ControlImportTest extends IntegrationTest {

    @Autowired
    ControlImporter importer;
    @Autowired
    ControlService control;

    int count(String table) {
        return jdbc().queryForObject("select count(*) from " + table, Integer.class);
    }

    @Test
    void innovirisLetter2022HasEightStrategicAndTwentyEightOperationalObjectives() {
        ImportReport report = importer.importResource(new ClassPathResource("control/innoviris-2022.csv"));
        assertThat(report.count("STRATEGIC")).isEqualTo(8);
        assertThat(report.count("OPERATIONAL")).isEqualTo(28);
        assertThat(report.count("KPI")).isEqualTo(12);
        assertThat(jdbc().queryForList("select number from control_objective where level = 'STRATEGIC' order by number", String.class))
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        // every OO hangs under the OS of its number
        assertThat(jdbc().queryForObject("""
                select count(*) from control_objective oo join control_objective os on os.id = oo.parent_id
                where oo.level = 'OPERATIONAL' and oo.number like os.number || '.%'""", Integer.class)).isEqualTo(28);
        // "15 red - 35 green": the orange band is not written, 16-34 is reported
        assertThat(report.defects()).anySatisfy(d -> {
            assertThat(d.ref()).isEqualTo("innoviris OO 1.2 / KPI GOOD-PRACTICES");
            assertThat(d.detail()).isEqualTo("no band covers the values from 15 (excluded) to 35 (excluded)");
        });
        // 2021 statuses became realisation blocks of 2021
        assertThat(jdbc().queryForObject("select count(*) from control_year_block where year = 2021 and status = 'SMALL_DEVIATION'",
                Integer.class)).isEqualTo(3);
    }

    @Test
    void economyLetterListsTheSourceDefectsOfItsBands() {
        ImportReport report = importer.importResource(new ClassPathResource("control/economy-2022.csv"));
        assertThat(report.count("STRATEGIC")).isEqualTo(4);
        assertThat(report.count("OPERATIONAL")).isEqualTo(14);
        assertThat(report.count("ACTION")).isEqualTo(18);
        assertThat(report.count("KPI")).isEqualTo(27);
        assertThat(report.count("OBS")).isEqualTo(4);
        List<String> defects = report.defects().stream().map(d -> d.ref() + ": " + d.detail()).toList();
        assertThat(defects).contains(
                "bee action 2.1.6.2 / KPI CARGO-BIKES: the value 200 is in two bands (GREEN/ORANGE)",
                "bee action 2.1.6.2 / KPI CARGO-BIKES: the value 100 is in two bands (ORANGE/RED)",
                "bee action 2.1.6.2 / KPI CARGO-BIKES: no band covers the values above 250",
                "bee action 2.1.7.1 / KPI EU-PRESENCE: no band covers the values from 75 (excluded) to 100 (excluded)",
                "bee action 2.2.2.1 / KPI BRUPEO: ORANGE differs: FR 50-75, NL 75-100",
                "bee OO 5.5.1 / KPI CONTROLLED-SHARE: no band covers the values from 79 (excluded) to 80 (excluded)",
                "bee OO 2.2.1 / KPI MEETINGS: no band covers the values from 0 (excluded) to 2 (included)");
        assertThat(report.defects()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo("DEADLINE_BEFORE_YEAR");
            assertThat(d.ref()).isEqualTo("bee OO 2.1.5");
        });
        assertThat(count("control_source_defect")).isEqualTo(report.defects().size());
        // the same number means different things in two bodies: identity is (document, body, number)
        importer.importResource(new ClassPathResource("control/innoviris-2022.csv"));
        assertThat(jdbc().queryForObject("select count(*) from control_objective where number = '2.1'", Integer.class)).isEqualTo(2);
    }

    @Test
    void dossiersControlledAt3June2021GiveARedKpi() {
        importer.importResource(new ClassPathResource("control/economy-2022.csv"));
        createUser("control@example.org", Role.CONTROL_OFFICER);
        actAs("control@example.org");
        Views.BodyTree tree = control.tree("ECONOMY-2022", "bee");
        Views.KpiStatus share = tree.all().flatMap(n -> n.kpis().stream())
                .filter(k -> k.kpi().getCode().equals("CONTROLLED-SHARE")).findFirst().orElseThrow();
        assertThat(share.effective()).isEqualTo(Colour.RED);
        assertThat(share.latest().getValue()).isEqualByComparingTo("40.99");
        // worst-of roll-up: OO 5.5.1 and OS 5.5 are red
        assertThat(tree.all().filter(n -> n.objective().getNumber().equals("5.5")).findFirst().orElseThrow().colour())
                .isEqualTo(Colour.RED);
    }

    @Test
    void innovationPlanHas48ActionsInFourAxes() {
        ImportReport report = importer.importResource(new ClassPathResource("control/gip-2021-2027.csv"));
        assertThat(report.count("ACTION")).isEqualTo(48);
        assertThat(report.count("PILLAR")).isEqualTo(4);
        assertThat(jdbc().queryForList("""
                select p.code || '=' || count(*) from control_objective o join control_pillar p on p.id = o.pillar_id
                group by p.code order by p.code""", String.class))
                .containsExactly("AS1=19", "AS2=9", "AS3=13", "AS4=7");
        assertThat(jdbc().queryForObject("select count(distinct domain) from control_objective where domain is not null", Integer.class))
                .isEqualTo(6);
    }

    @Test
    void aBrokenFileIsRefusedWithLineNumberedErrorsAndNothingIsImported() {
        assertThatThrownBy(() -> importer.importResource(new ClassPathResource("control/broken.csv")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.errors()).hasSize(2);
                    ImportException.LineError number = e.errors().get(0);
                    assertThat(number.line()).isEqualTo(8);
                    assertThat(number.column()).isEqualTo("value");
                    assertThat(number.value()).isEqualTo("1.344");
                    assertThat(number.messageKey()).isEqualTo("control.number.ambiguous");
                    ImportException.LineError parent = e.errors().get(1);
                    assertThat(parent.line()).isEqualTo(9);
                    assertThat(parent.messageKey()).isEqualTo("control.import.noParent");
                });
        assertThat(count("control_document") + count("control_objective") + count("control_kpi") + count("control_observation"))
                .isZero();
    }

    @Test
    void importingTheSameDocumentTwiceIsRefused() {
        importer.importResource(new ClassPathResource("control/gip-2021-2027.csv"));
        assertThatThrownBy(() -> importer.importResource(new ClassPathResource("control/gip-2021-2027.csv")))
                .isInstanceOfSatisfying(ImportException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("control.import.documentExists"));
        assertThat(count("control_objective")).isEqualTo(48);
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() {
        createUser("control@example.org", Role.CONTROL_OFFICER);
        actAs("control@example.org");
        assertThatThrownBy(() -> importer.importFile("x.csv", new StringReader("type;body\nDOCUMENT;\n")))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.errors().get(0).line()).isEqualTo(1);
                    assertThat(e.errors().get(0).messageKey()).isEqualTo("control.import.missingColumn");
                });
    }
}
