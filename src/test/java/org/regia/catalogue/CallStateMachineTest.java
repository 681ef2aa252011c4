package org.regia.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regia.organisations.OrganisationType;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;

class CallStateMachineTest {

    static final Instant NOW = ZonedDateTime.of(2026, 3, 1, 10, 0, 0, 0, ClockConfiguration.BRUSSELS).toInstant();
    static final Instant OPENS = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, ClockConfiguration.BRUSSELS).toInstant();
    static final Instant CLOSES = ZonedDateTime.of(2026, 5, 15, 12, 0, 0, 0, ClockConfiguration.BRUSSELS).toInstant();

    static Programme programme() {
        return new Programme(new ProgrammeDetails("rd-projects", LocalizedText.of("Projets R&D", "O&O-projecten"), null,
                InstrumentKind.GRANT, EnumSet.of(InnovationPhase.DEVELOPMENT), EnumSet.of(Track.COMPANY),
                TrlRange.of(2, 8), EnumSet.of(OrganisationType.COMPANY), Set.of(), Set.of(), Set.of(), null, Set.of(),
                null), NOW);
    }

    static CallDetails details(String budget, String criteria) {
        return new CallDetails(LocalizedText.of("Appel R&D 2026", "Oproep O&O 2026"), null, CallMode.DEADLINE, OPENS,
                CLOSES, 1, new BigDecimal(budget), null, criteria, List.of());
    }

    static Call call(String budget) {
        return new Call(programme(), details(budget, "Criteria R&D 2026"), NOW);
    }

    static void recordTest(Call call) {
        call.recordEqualOpportunitiesTest(new EqualOpportunitiesTest("Impact on women and men?", "Neutral; panels are mixed.",
                "officer@regia.example", LocalDate.of(2026, 2, 20)));
    }

    @Test
    void walksDraftPublishedOpenClosedArchived() {
        Call call = call("2000000");
        recordTest(call);
        assertThat(call.getState()).isEqualTo(CallState.DRAFT);
        call.moveTo(CallState.PUBLISHED, NOW);
        call.moveTo(CallState.OPEN, NOW);
        assertThat(call.isOpenAt(NOW)).as("before the opening instant").isFalse();
        assertThat(call.isOpenAt(OPENS)).isTrue();
        assertThat(call.isOpenAt(CLOSES)).as("closing instant excluded").isFalse();
        call.moveTo(CallState.CLOSED, NOW);
        assertThat(call.isOpenAt(OPENS)).isFalse();
        call.moveTo(CallState.ARCHIVED, NOW);
        assertThat(call.getState()).isEqualTo(CallState.ARCHIVED);
        assertThat(CallState.ARCHIVED.next()).isEmpty();
    }

    @Test
    void skippingAStateOrGoingBackIsRefused() {
        Call call = call("1000");
        assertThatThrownBy(() -> call.moveTo(CallState.OPEN, NOW)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("catalogue.call.transitionNotAllowed");
        call.moveTo(CallState.PUBLISHED, NOW);
        assertThatThrownBy(() -> call.moveTo(CallState.DRAFT, NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> call.moveTo(CallState.ARCHIVED, NOW)).isInstanceOf(DomainException.class);
        assertThat(call.getState()).isEqualTo(CallState.PUBLISHED);
    }

    @Test
    void publishingWithoutCriteriaIsAFieldErrorAndNothingChanges() {
        Call call = new Call(programme(), details("1000", " "), NOW);
        assertThatThrownBy(() -> call.moveTo(CallState.PUBLISHED, NOW)).isInstanceOf(DomainException.class)
                .satisfies(e -> {
                    assertThat(((DomainException) e).field()).isEqualTo("criteriaReference");
                    assertThat(((DomainException) e).messageKey()).isEqualTo("catalogue.call.criteriaRequired");
                });
        assertThat(call.getState()).isEqualTo(CallState.DRAFT);
    }

    // DOMAIN §3.1: equal-opportunities test mandatory "from EUR 30,001 excl. VAT"
    @Test
    void callOfExactly30000OpensWithoutEqualOpportunitiesTest() {
        Call call = call("30000.00");
        assertThat(call.requiresEqualOpportunitiesTest()).isFalse();
        call.moveTo(CallState.PUBLISHED, NOW);
        call.moveTo(CallState.OPEN, NOW);
        assertThat(call.getState()).isEqualTo(CallState.OPEN);
    }

    @Test
    void callOf30001CannotOpenUntilTheTestIsRecorded() {
        Call call = call("30001");
        assertThat(call.requiresEqualOpportunitiesTest()).isTrue();
        call.moveTo(CallState.PUBLISHED, NOW);
        assertThatThrownBy(() -> call.moveTo(CallState.OPEN, NOW)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("equalOpportunities"));
        assertThat(call.getState()).isEqualTo(CallState.PUBLISHED);
        recordTest(call);
        call.moveTo(CallState.OPEN, NOW);
        assertThat(call.getState()).isEqualTo(CallState.OPEN);
    }

    @Test
    void expectedGrantAbove30000AlsoTriggersTheGate() {
        Call call = new Call(programme(), new CallDetails(LocalizedText.of("a", "b"), null, CallMode.PERMANENT, null,
                null, 1, new BigDecimal("0"), new BigDecimal("30001"), "crit", List.of()), NOW);
        assertThat(call.requiresEqualOpportunitiesTest()).isTrue();
        Call small = new Call(programme(), new CallDetails(LocalizedText.of("a", "b"), null, CallMode.PERMANENT, null,
                null, 1, new BigDecimal("0"), new BigDecimal("30000"), "crit", List.of()), NOW);
        assertThat(small.requiresEqualOpportunitiesTest()).isFalse();
    }

    @Test
    void permanentWindowIsOpenWhateverTheDateOnceOpened() {
        Call call = new Call(programme(), new CallDetails(LocalizedText.of("Chèque", "Cheque"), null, CallMode.PERMANENT,
                null, CLOSES, 1, new BigDecimal("10000"), null, "crit", List.of()), NOW);
        assertThat(call.getClosesAt()).isNull();
        call.moveTo(CallState.PUBLISHED, NOW);
        assertThat(call.isOpenAt(NOW)).isFalse();
        call.moveTo(CallState.OPEN, NOW);
        assertThat(call.isOpenAt(NOW.plusSeconds(86_400L * 3650))).isTrue();
        assertThat(call.remaining(NOW)).isEmpty();
    }

    @Test
    void deadlineCallCannotBeOpenedAfterItsClosingInstant() {
        Call call = call("1000");
        call.moveTo(CallState.PUBLISHED, NOW);
        assertThatThrownBy(() -> call.moveTo(CallState.OPEN, CLOSES)).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("catalogue.call.closingPassed");
    }

    @Test
    void closingBeforeOpeningIsRefusedAtTheClosingField() {
        assertThatThrownBy(() -> new Call(programme(), new CallDetails(LocalizedText.of("a", "b"), null, CallMode.DEADLINE,
                CLOSES, OPENS, 1, BigDecimal.TEN, null, null, List.of()), NOW))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("closesAt"));
        assertThatThrownBy(() -> new Call(programme(), new CallDetails(LocalizedText.of("a", "b"), null, CallMode.DEADLINE,
                OPENS, OPENS, 1, BigDecimal.TEN, null, null, List.of()), NOW))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void negativeBudgetAndThreeStagesAreRefused() {
        assertThatThrownBy(() -> call("-0.01")).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("budget"));
        assertThatThrownBy(() -> new Call(programme(), new CallDetails(LocalizedText.of("a", "b"), null, CallMode.DEADLINE,
                OPENS, CLOSES, 3, BigDecimal.TEN, null, null, List.of()), NOW))
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo("stages"));
    }

    @Test
    void openCallCannotBeEditedAndAFailedEditChangesNothing() {
        Call call = call("1000");
        assertThatThrownBy(() -> call.describe(details("-5", "x"))).isInstanceOf(DomainException.class);
        assertThat(call.getBudget().amount()).isEqualByComparingTo("1000");
        call.moveTo(CallState.PUBLISHED, NOW);
        call.moveTo(CallState.OPEN, NOW);
        assertThatThrownBy(() -> call.describe(details("2000", "x"))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("catalogue.call.notEditable");
    }
}
