package org.regia.stateaid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.Money;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region's shared de minimis register. Regulation (EU) 2023/2831, art. 3(2): at most EUR 300,000 per single
 * undertaking over any period of three years. The window for an aid granted on day D runs from D minus three years
 * plus one day up to D included, so an aid granted exactly three years earlier no longer counts.
 */
@Service
@Transactional
public class DeMinimisLedger {

    public static final Money CEILING = Money.eur(300_000);

    private final DeMinimisAidRepository aids;
    private final Clock clock;

    DeMinimisLedger(DeMinimisAidRepository aids, Clock clock) {
        this.aids = aids;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DeMinimisCheck check(EnterpriseNumber undertaking, Money requested, LocalDate on) {
        LocalDate windowStart = windowStart(on);
        List<DeMinimisAid> inWindow = aids.inWindow(undertaking.digits(), windowStart, on);
        Money granted = inWindow.stream().map(DeMinimisAid::getAmount).reduce(Money.ZERO, Money::plus);
        Money headroom = CEILING.minus(granted);
        return new DeMinimisCheck(undertaking.formatted(), windowStart, on, CEILING, granted,
                headroom.isNegative() ? Money.ZERO : headroom, requested, inWindow);
    }

    /** Records a granted aid. Refuses (and records nothing) when it would exceed the ceiling. */
    public DeMinimisAid record(EnterpriseNumber undertaking, String grantingBody, String reference, Money amount, LocalDate grantedOn) {
        // serialise grants to the same undertaking so two concurrent grants cannot both fit the same headroom
        aids.lockUndertaking(undertaking.digits());
        DeMinimisCheck check = check(undertaking, amount, grantedOn);
        if (check.exceeds()) {
            throw org.regia.shared.DomainException.onField("amount", "stateaid.deMinimis.exceeds",
                    amount.amount().toPlainString(), check.alreadyGranted().amount().toPlainString(),
                    check.windowStart().toString(), grantedOn.toString(), check.headroom().amount().toPlainString());
        }
        return aids.save(new DeMinimisAid(undertaking, grantingBody, reference, amount, grantedOn, clock.instant()));
    }

    @Transactional(readOnly = true)
    public List<DeMinimisAid> history(EnterpriseNumber undertaking) {
        return aids.findByUndertakingOrderByGrantedOnDesc(undertaking.digits());
    }

    public static LocalDate windowStart(LocalDate on) {
        return on.minusYears(3).plusDays(1);
    }
}

interface DeMinimisAidRepository extends JpaRepository<DeMinimisAid, java.util.UUID> {

    @Query("select a from DeMinimisAid a where a.undertaking = :u and a.grantedOn between :from and :to order by a.grantedOn")
    List<DeMinimisAid> inWindow(@Param("u") String undertaking, @Param("from") LocalDate from, @Param("to") LocalDate to);

    List<DeMinimisAid> findByUndertakingOrderByGrantedOnDesc(String undertaking);

    @Query(value = "select count(*) from (select pg_advisory_xact_lock(hashtext('de_minimis:' || :u))) l", nativeQuery = true)
    long lockUndertaking(@Param("u") String undertaking);
}
