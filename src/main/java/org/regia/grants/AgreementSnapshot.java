package org.regia.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.regia.shared.DomainException;

/**
 * The full terms of one version of a grant agreement: the dates, the total, the parties with their amounts per
 * fiscal year, the payment schedule and the reporting schedule. Stored as JSON with every {@link AgreementVersion} and
 * with every {@link Amendment} (the proposed terms). Immutable: amendments derive new snapshots, checked here.
 */
public record AgreementSnapshot(LocalDate start, LocalDate end, BigDecimal total, List<Party> parties,
                                List<Grant.Instalment> instalments, List<Grant.ReportDue> reports) {

    /** One party and its amounts per fiscal year (the party's amount is their sum). */
    public record Party(UUID organisationId, boolean coordinator, SortedMap<Integer, BigDecimal> years) {

        public Party {
            years = new TreeMap<>(years);
        }

        public BigDecimal amount() {
            return years.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** What a comparison reports; the template names each aspect. */
    public enum Aspect { START, END, TOTAL, PARTY_ADDED, PARTY_REMOVED, PARTY_AMOUNT, ALLOCATION, YEAR_TOTAL, INSTALMENT, REPORT }

    /**
     * One difference between two versions: the aspect, the party and/or year or position it concerns, old and new
     * value (a {@link BigDecimal} amount, a {@link LocalDate}, or null when absent on that side) and, for a payment
     * or a report, its kind on each side (e.g. the balance became an instalment).
     */
    public record Change(Aspect aspect, UUID organisationId, Integer year, Integer position, Object before, Object after,
                         String kindBefore, String kindAfter) {

        Change(Aspect aspect, UUID organisationId, Integer year, Object before, Object after) {
            this(aspect, organisationId, year, null, before, after, null, null);
        }
    }

    public AgreementSnapshot {
        parties = parties.stream().sorted(Comparator.comparing((Party p) -> !p.coordinator())
                .thenComparing(p -> p.organisationId().toString())).toList();
        instalments = List.copyOf(instalments);
        reports = List.copyOf(reports);
    }

    /** The grant's current terms. */
    static AgreementSnapshot of(Grant grant) {
        Map<UUID, Party> parties = new LinkedHashMap<>();
        for (Grant.Allocation a : grant.allocations()) {
            Party p = parties.computeIfAbsent(a.organisationId(), id -> new Party(id, a.coordinator(), new TreeMap<>()));
            p.years().merge(a.year(), a.amount(), BigDecimal::add);
        }
        return new AgreementSnapshot(grant.getStart(), grant.getEnd(), grant.getAwarded(), List.copyOf(parties.values()),
                grant.instalments(), grant.reports());
    }

    public Party party(UUID organisationId) {
        return parties.stream().filter(p -> p.organisationId().equals(organisationId)).findFirst().orElse(null);
    }

    /** All fiscal years with an amount for some party. */
    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>();
        parties.forEach(p -> years.addAll(p.years().keySet()));
        return List.copyOf(years);
    }

    /** The total per fiscal year over all parties. */
    public SortedMap<Integer, BigDecimal> amountsPerYear() {
        SortedMap<Integer, BigDecimal> out = new TreeMap<>();
        parties.forEach(p -> p.years().forEach((y, a) -> out.merge(y, a, BigDecimal::add)));
        return out;
    }

    public BigDecimal allocated() {
        return parties.stream().map(Party::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The allocations of these terms as rows of the grant. */
    List<Grant.Allocation> allocations() {
        List<Grant.Allocation> out = new ArrayList<>();
        parties.forEach(p -> p.years().forEach((y, a) -> out.add(new Grant.Allocation(p.organisationId(), p.coordinator(), y, a))));
        return out;
    }

    /**
     * The same terms with another end date: each party's amount is split again over the fiscal years pro rata to the
     * project days (as in the original agreement), the reporting schedule follows the new end (final report included)
     * and the payment schedule follows the reports.
     */
    AgreementSnapshot withEnd(LocalDate newEnd, AgreementTerms terms) {
        if (newEnd == null) {
            throw DomainException.onField("end", "grants.amendment.endRequired");
        }
        if (newEnd.isBefore(start)) {
            throw DomainException.onField("end", "grants.amendment.endBeforeStart", start.toString());
        }
        if (newEnd.equals(end)) {
            throw DomainException.onField("end", "grants.amendment.endUnchanged", end.toString());
        }
        List<org.regia.evaluation.FundingDecided.PartnerAward> awards = parties.stream()
                .map(p -> new org.regia.evaluation.FundingDecided.PartnerAward(p.organisationId(), p.coordinator(), p.amount()))
                .filter(a -> a.amount().signum() > 0).toList();
        Map<UUID, Party> split = new LinkedHashMap<>();
        for (Grant.Allocation a : terms.allocations(awards, start, newEnd)) {
            split.computeIfAbsent(a.organisationId(), id -> new Party(id, a.coordinator(), new TreeMap<>()))
                    .years().put(a.year(), a.amount());
        }
        List<Grant.ReportDue> newReports = terms.reports(start, newEnd);
        return new AgreementSnapshot(start, newEnd, total, List.copyOf(split.values()),
                terms.instalments(total, newReports), newReports);
    }

    /**
     * The same terms with other amounts per party and year (keys: organisation and year of these terms; every
     * existing allocation must be given). The total must stay the same (a top-up is not an amendment) and no amount
     * may be negative.
     */
    AgreementSnapshot withAmounts(Map<UUID, Map<Integer, BigDecimal>> amounts) {
        for (UUID org : amounts.keySet()) {
            if (party(org) == null) {
                throw DomainException.onField("amounts", "grants.amendment.notAPartner");
            }
        }
        List<Party> out = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Party p : parties) {
            SortedMap<Integer, BigDecimal> years = new TreeMap<>();
            Map<Integer, BigDecimal> given = amounts.getOrDefault(p.organisationId(), Map.of());
            for (Integer y : given.keySet()) {
                if (y < start.getYear() || y > end.getYear()) {
                    throw DomainException.onField(field(p.organisationId(), y), "grants.amendment.yearOutside", String.valueOf(y),
                            String.valueOf(start.getYear()), String.valueOf(end.getYear()));
                }
            }
            for (int y = start.getYear(); y <= end.getYear(); y++) {
                BigDecimal amount = given.containsKey(y) ? given.get(y) : p.years().getOrDefault(y, BigDecimal.ZERO);
                if (amount == null) {
                    throw DomainException.onField(field(p.organisationId(), y), "grants.amendment.amountRequired");
                }
                if (amount.signum() < 0) {
                    throw DomainException.onField(field(p.organisationId(), y), "grants.amendment.amountNegative");
                }
                if (amount.stripTrailingZeros().scale() > 2) {
                    throw DomainException.onField(field(p.organisationId(), y), "grants.amendment.amountCents");
                }
                amount = amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
                if (amount.signum() > 0 || p.years().containsKey(y)) {
                    years.put(y, amount);
                }
                sum = sum.add(amount);
            }
            out.add(new Party(p.organisationId(), p.coordinator(), years));
        }
        requireTotalKept(sum);
        return new AgreementSnapshot(start, end, total, out, instalments, reports).requireChangeFrom(this, "amounts");
    }

    /**
     * The same terms where a party leaves: its amounts from {@code fromYear} on go to the receiving party (an existing
     * party, or a new organisation joining as a partner); its earlier years stay with it. The coordinator cannot leave
     * (the grant's beneficiary would change: that is a new decision).
     */
    AgreementSnapshot withPartnerChange(UUID leaving, UUID receiving, int fromYear) {
        Party out = leaving == null ? null : party(leaving);
        if (out == null) {
            throw DomainException.onField("leaving", "grants.amendment.notAPartner");
        }
        if (out.coordinator()) {
            throw DomainException.onField("leaving", "grants.amendment.coordinatorLeaves");
        }
        if (receiving == null) {
            throw DomainException.onField("receiving", "grants.amendment.receiverRequired");
        }
        if (receiving.equals(leaving)) {
            throw DomainException.onField("receiving", "grants.amendment.receiverIsLeaving");
        }
        SortedMap<Integer, BigDecimal> kept = new TreeMap<>();
        SortedMap<Integer, BigDecimal> moved = new TreeMap<>();
        out.years().forEach((y, a) -> (y < fromYear ? kept : moved).put(y, a));
        if (moved.values().stream().allMatch(a -> a.signum() == 0)) {
            throw DomainException.onField("leaving", "grants.amendment.nothingLeft", String.valueOf(fromYear));
        }
        List<Party> result = new ArrayList<>();
        boolean received = false;
        for (Party p : parties) {
            if (p.organisationId().equals(leaving)) {
                if (kept.values().stream().anyMatch(a -> a.signum() > 0)) {
                    result.add(new Party(leaving, false, kept));
                }
            } else if (p.organisationId().equals(receiving)) {
                SortedMap<Integer, BigDecimal> years = new TreeMap<>(p.years());
                moved.forEach((y, a) -> years.merge(y, a, BigDecimal::add));
                result.add(new Party(receiving, p.coordinator(), years));
                received = true;
            } else {
                result.add(p);
            }
        }
        if (!received) {
            result.add(new Party(receiving, false, moved));
        }
        return new AgreementSnapshot(start, end, total, result, instalments, reports);
    }

    /** The gross amount moved between parties and years from these terms to {@code other} (half the absolute differences). */
    public BigDecimal shiftedTo(AgreementSnapshot other) {
        BigDecimal moved = BigDecimal.ZERO;
        TreeSet<UUID> orgs = new TreeSet<>();
        parties.forEach(p -> orgs.add(p.organisationId()));
        other.parties.forEach(p -> orgs.add(p.organisationId()));
        for (UUID org : orgs) {
            Party a = party(org);
            Party b = other.party(org);
            TreeSet<Integer> years = new TreeSet<>();
            if (a != null) years.addAll(a.years().keySet());
            if (b != null) years.addAll(b.years().keySet());
            for (Integer y : years) {
                BigDecimal before = a == null ? BigDecimal.ZERO : a.years().getOrDefault(y, BigDecimal.ZERO);
                BigDecimal after = b == null ? BigDecimal.ZERO : b.years().getOrDefault(y, BigDecimal.ZERO);
                BigDecimal diff = after.subtract(before);
                if (diff.signum() > 0) {
                    moved = moved.add(diff);
                }
            }
        }
        return moved;
    }

    /** The differences from these terms (old) to {@code other} (new), in a stable order. */
    public List<Change> compareTo(AgreementSnapshot other) {
        List<Change> out = new ArrayList<>();
        if (!start.equals(other.start)) out.add(new Change(Aspect.START, null, null, start, other.start));
        if (!end.equals(other.end)) out.add(new Change(Aspect.END, null, null, end, other.end));
        if (total.compareTo(other.total) != 0) out.add(new Change(Aspect.TOTAL, null, null, total, other.total));
        List<UUID> orgs = new ArrayList<>();
        parties.forEach(p -> orgs.add(p.organisationId()));
        other.parties.stream().map(Party::organisationId).filter(o -> !orgs.contains(o)).forEach(orgs::add);
        for (UUID org : orgs) {
            Party a = party(org);
            Party b = other.party(org);
            if (a == null) {
                out.add(new Change(Aspect.PARTY_ADDED, org, null, null, b.amount()));
            } else if (b == null) {
                out.add(new Change(Aspect.PARTY_REMOVED, org, null, a.amount(), null));
            } else if (a.amount().compareTo(b.amount()) != 0) {
                out.add(new Change(Aspect.PARTY_AMOUNT, org, null, a.amount(), b.amount()));
            }
            TreeSet<Integer> years = new TreeSet<>();
            if (a != null) years.addAll(a.years().keySet());
            if (b != null) years.addAll(b.years().keySet());
            for (Integer y : years) {
                BigDecimal before = a == null ? null : a.years().get(y);
                BigDecimal after = b == null ? null : b.years().get(y);
                if (!sameAmount(before, after)) {
                    out.add(new Change(Aspect.ALLOCATION, org, y, before, after));
                }
            }
        }
        SortedMap<Integer, BigDecimal> ya = amountsPerYear();
        SortedMap<Integer, BigDecimal> yb = other.amountsPerYear();
        TreeSet<Integer> allYears = new TreeSet<>(ya.keySet());
        allYears.addAll(yb.keySet());
        for (Integer y : allYears) {
            if (!sameAmount(ya.get(y), yb.get(y))) {
                out.add(new Change(Aspect.YEAR_TOTAL, null, y, ya.get(y), yb.get(y)));
            }
        }
        for (int i = 0; i < Math.max(instalments.size(), other.instalments.size()); i++) {
            Grant.Instalment a = i < instalments.size() ? instalments.get(i) : null;
            Grant.Instalment b = i < other.instalments.size() ? other.instalments.get(i) : null;
            if (a == null || b == null || a.kind() != b.kind() || !sameAmount(a.amount(), b.amount())) {
                out.add(new Change(Aspect.INSTALMENT, null, null, i + 1, a == null ? null : a.amount(),
                        b == null ? null : b.amount(), a == null ? null : a.kind().name(), b == null ? null : b.kind().name()));
            }
        }
        for (int i = 0; i < Math.max(reports.size(), other.reports.size()); i++) {
            Grant.ReportDue a = i < reports.size() ? reports.get(i) : null;
            Grant.ReportDue b = i < other.reports.size() ? other.reports.get(i) : null;
            if (a == null || b == null || a.kind() != b.kind() || !a.dueDate().equals(b.dueDate())) {
                out.add(new Change(Aspect.REPORT, null, null, i + 1, a == null ? null : a.dueDate(),
                        b == null ? null : b.dueDate(), a == null ? null : a.kind().name(), b == null ? null : b.kind().name()));
            }
        }
        return out;
    }

    /** Form field of one party's amount for one year. */
    public static String field(UUID organisationId, int year) {
        return "amount_" + organisationId + "_" + year;
    }

    private void requireTotalKept(BigDecimal sum) {
        if (sum.compareTo(total) > 0) {
            throw DomainException.onField("amounts", "grants.amendment.topUp", sum.toPlainString(), total.toPlainString());
        }
        if (sum.compareTo(total) < 0) {
            throw DomainException.onField("amounts", "grants.amendment.totalNotKept", sum.toPlainString(), total.toPlainString());
        }
    }

    private AgreementSnapshot requireChangeFrom(AgreementSnapshot before, String field) {
        if (before.compareTo(this).isEmpty()) {
            throw DomainException.onField(field, "grants.amendment.nothingChanges");
        }
        return this;
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return (a == null ? BigDecimal.ZERO : a).compareTo(b == null ? BigDecimal.ZERO : b) == 0;
    }
}
