package org.regia.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo data loads (through the database constraints) with calls in every state, and only once. */
class CatalogueDemoDataTest extends IntegrationTest {

    @Autowired
    ProgrammeRepository programmes;
    @Autowired
    CallRepository calls;
    @Autowired
    CatalogueService catalogue;
    @Autowired
    Clock clock;

    @Test
    void loadsThe2023ProgrammesAndCallsInEveryStateOnce() throws Exception {
        CatalogueDemoData demo = new CatalogueDemoData(programmes, calls, catalogue, clock);
        demo.run(null);
        demo.run(null);
        assertThat(programmes.count()).isEqualTo(Programmes2023.all().size());
        Map<CallState, Long> byState = calls.findAll().stream().collect(Collectors.groupingBy(Call::getState, Collectors.counting()));
        assertThat(byState.keySet()).containsExactlyInAnyOrder(CallState.values());
        assertThat(catalogue.openCalls()).extracting(c -> c.getProgramme().getCode())
                .contains("joint-rd", "innovation-voucher", "science-cheque", "innovative-starters-award");
        assertThat(catalogue.programmeByCode("innovative-starters-award").getFunding().fixedAmount().amount())
                .isEqualByComparingTo("500000");
    }
}
