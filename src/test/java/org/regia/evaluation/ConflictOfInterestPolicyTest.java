package org.regia.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.regia.evaluation.ConflictOfInterestPolicy.Conflict.Reason;

class ConflictOfInterestPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    final UUID ulb = UUID.randomUUID();
    final UUID vub = UUID.randomUUID();
    final UUID zinneke = UUID.randomUUID();
    final ApplicationProfile application = new ApplicationProfile(UUID.randomUUID(), "APP", "fr", Set.of(), Set.of(), Set.of(ulb, zinneke));

    private ExpertProfile expert(UUID org, Set<UUID> past, List<ExpertProfile.CoApplication> co, Set<UUID> declared) {
        return new ExpertProfile(UUID.randomUUID(), "X", Gender.MALE, Set.of("fr"), Set.of(), Set.of(), org, past, co, declared, 3, true);
    }

    @Test
    void sameOrPastOrganisationAsAnyPartner() {
        ConflictOfInterestPolicy policy = ConflictOfInterestPolicy.DEFAULT;
        assertThat(policy.check(expert(ulb, Set.of(), List.of(), Set.of()), application, TODAY))
                .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo(Reason.SAME_ORGANISATION));
        assertThat(policy.check(expert(vub, Set.of(zinneke), List.of(), Set.of()), application, TODAY))
                .hasValueSatisfying(c -> {
                    assertThat(c.reason()).isEqualTo(Reason.PAST_ORGANISATION);
                    assertThat(c.organisation()).isEqualTo(zinneke);
                });
        assertThat(policy.check(expert(vub, Set.of(), List.of(), Set.of()), application, TODAY)).isEmpty();
    }

    @Test
    void coApplicationCountsForTheLastNYearsIncludingTheDayExactlyNYearsAgo() {
        ConflictOfInterestPolicy threeYears = new ConflictOfInterestPolicy(3);
        assertThat(threeYears.check(expert(vub, Set.of(), List.of(new ExpertProfile.CoApplication(zinneke, TODAY.minusYears(3))), Set.of()),
                application, TODAY)).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo(Reason.RECENT_CO_APPLICATION));
        assertThat(threeYears.check(expert(vub, Set.of(), List.of(new ExpertProfile.CoApplication(zinneke, TODAY.minusYears(3).minusDays(1))), Set.of()),
                application, TODAY)).isEmpty();
        assertThat(new ConflictOfInterestPolicy(5).check(expert(vub, Set.of(), List.of(new ExpertProfile.CoApplication(zinneke, TODAY.minusYears(4))), Set.of()),
                application, TODAY)).isPresent();
    }

    @Test
    void declaredRelationships() {
        assertThat(ConflictOfInterestPolicy.DEFAULT.check(expert(null, Set.of(), List.of(), Set.of(ulb)), application, TODAY))
                .hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo(Reason.DECLARED_RELATIONSHIP));
    }
}
