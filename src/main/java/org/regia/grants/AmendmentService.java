package org.regia.grants;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Amendments of grant agreements and the agreement's versions. A programme officer (or an administrator) requests an
 * amendment with a reason — a change of end date, a budget shift between partners and/or years, or a partner change —
 * on the terms of the current version; the proposed terms are checked in full before anything is saved (total kept,
 * no negative amounts, end not before start, parties of the grant, no year below what is already paid on it). A budget
 * shift moving at most {@code regia.grants.amendment-tolerance-percent} of the total is approved automatically;
 * anything else is approved or rejected by a committee member or an administrator (not the requester). Approval
 * writes the next {@link AgreementVersion} (version 1, the original, is recorded with the first amendment) and
 * updates the grant's terms and the partners' shares; a rejection changes nothing.
 */
@Service
@Transactional
public class AmendmentService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final GrantRepository grants;
    private final GrantPartnerRepository partners;
    private final AmendmentRepository amendments;
    private final AgreementVersionRepository versions;
    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AgreementTerms terms;
    private final BigDecimal tolerancePercent;

    AmendmentService(GrantRepository grants, GrantPartnerRepository partners, AmendmentRepository amendments,
                     AgreementVersionRepository versions, AgreementService agreements, OrganisationService organisations,
                     JdbcTemplate jdbc, Clock clock,
                     @Value("${regia.grants.amendment-tolerance-percent:10}") BigDecimal tolerancePercent,
                     @Value("${regia.grants.advance-percent:30}") BigDecimal advancePercent,
                     @Value("${regia.grants.balance-percent:20}") BigDecimal balancePercent,
                     @Value("${regia.grants.report-interval-months:12}") int reportIntervalMonths,
                     @Value("${regia.grants.final-report-months:3}") int finalReportMonths) {
        this.grants = grants;
        this.partners = partners;
        this.amendments = amendments;
        this.versions = versions;
        this.agreements = agreements;
        this.organisations = organisations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tolerancePercent = tolerancePercent;
        this.terms = new AgreementTerms(advancePercent, balancePercent, reportIntervalMonths, finalReportMonths);
    }

    /** A version of the agreement as listed on the screens and in the API (the number, when, who, which amendment). */
    public record VersionInfo(int number, Instant createdAt, String createdBy, Integer amendmentNumber,
                              Amendment.Kind kind, boolean current) {
    }

    // ---- reading -------------------------------------------------------------------------------------------------

    /** The tolerance (percent of the agreement total) within which a budget shift is approved automatically. */
    public BigDecimal tolerancePercent() {
        return tolerancePercent;
    }

    /** The amount a budget shift may move without a committee decision on this grant. */
    @Transactional(readOnly = true)
    public BigDecimal toleranceAmount(UUID grantId) {
        return toleranceOf(agreements.view(grantId));
    }

    /** The amendments of a grant, latest first (staff and the grant's parties). */
    @Transactional(readOnly = true)
    public List<Amendment> amendments(UUID grantId) {
        agreements.view(grantId);
        return amendments.findByGrantIdOrderByNumberDesc(grantId);
    }

    @Transactional(readOnly = true)
    public Amendment amendment(UUID grantId, int number) {
        agreements.view(grantId);
        return amendments.findByGrantIdAndNumber(grantId, number)
                .orElseThrow(() -> new NotFoundException("amendment", grantId + "/" + number));
    }

    /** The number of the agreement version in force (1 while nothing was amended). */
    @Transactional(readOnly = true)
    public int currentVersion(UUID grantId) {
        Integer max = versions.maxNumber(grantId);
        return max == null ? 1 : max;
    }

    /**
     * Every version of the agreement, oldest first; before the first amendment only version 1, the grant's current
     * terms (stored with the first amendment).
     */
    @Transactional(readOnly = true)
    public List<VersionInfo> versions(UUID grantId) {
        Grant grant = agreements.view(grantId);
        List<AgreementVersion> stored = versions.findByGrantIdOrderByNumber(grantId);
        Map<UUID, Amendment> byId = new LinkedHashMap<>();
        amendments.findByGrantIdOrderByNumberDesc(grantId).forEach(a -> byId.put(a.getId(), a));
        List<VersionInfo> out = new ArrayList<>();
        if (stored.isEmpty()) {
            out.add(new VersionInfo(1, grant.getAwardedAt(), null, null, null, true));
            return out;
        }
        int last = stored.get(stored.size() - 1).getNumber();
        for (AgreementVersion v : stored) {
            Amendment a = v.getAmendmentId() == null ? null : byId.get(v.getAmendmentId());
            out.add(new VersionInfo(v.getNumber(), v.getCreatedAt(), v.getCreatedBy(), a == null ? null : a.getNumber(),
                    a == null ? null : a.getKind(), v.getNumber() == last));
        }
        return out;
    }

    /** The full terms of one version. */
    @Transactional(readOnly = true)
    public AgreementSnapshot terms(UUID grantId, int version) {
        Grant grant = agreements.view(grantId);
        return versions.findByGrantIdAndNumber(grantId, version).map(v -> read(v.getTerms()))
                .orElseGet(() -> {
                    if (version == 1 && versions.maxNumber(grantId) == null) {
                        return AgreementSnapshot.of(grant);
                    }
                    throw new NotFoundException("agreement version", grantId + "/" + version);
                });
    }

    /** What changed from version {@code from} to version {@code to} (old → new). */
    @Transactional(readOnly = true)
    public List<AgreementSnapshot.Change> compare(UUID grantId, int from, int to) {
        return terms(grantId, from).compareTo(terms(grantId, to));
    }

    /** The terms an amendment proposes. */
    @Transactional(readOnly = true)
    public AgreementSnapshot proposed(Amendment amendment) {
        return read(amendment.getProposed());
    }

    /** What an amendment changes, from the version it amends to its proposed terms. */
    @Transactional(readOnly = true)
    public List<AgreementSnapshot.Change> changes(Amendment amendment) {
        return terms(amendment.getGrantId(), amendment.getBaseVersion()).compareTo(proposed(amendment));
    }

    /** What has been paid (posted on the ledger) to the grant per fiscal year. */
    @Transactional(readOnly = true)
    public Map<Integer, BigDecimal> paidPerYear(UUID grantId) {
        Map<Integer, BigDecimal> paid = new java.util.TreeMap<>();
        jdbc.query("select fiscal_year, sum(amount) from grants_ledger where kind = 'PAYMENT' and grant_id = ? group by fiscal_year",
                rs -> {
                    paid.put(rs.getInt(1), rs.getBigDecimal(2));
                }, grantId);
        return paid;
    }

    // ---- requests ------------------------------------------------------------------------------------------------

    /** Requests a new end date: the yearly split, the reporting schedule and the payment schedule follow. */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public Amendment requestEndDate(UUID grantId, LocalDate newEnd, String reason) {
        Grant grant = amendable(grantId);
        requireReason(reason);
        AgreementSnapshot base = AgreementSnapshot.of(grant);
        AgreementSnapshot proposed = base.withEnd(newEnd, terms);
        requireNotBelowPaid(grantId, proposed, "end");
        return save(grant, Amendment.Kind.END_DATE, reason, base, proposed);
    }

    /**
     * Requests new amounts per partner and year (every amount of the agreement's years may be given; those not given
     * stay). The total must stay the same: a top-up is not an amendment.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public Amendment requestBudgetShift(UUID grantId, Map<UUID, Map<Integer, BigDecimal>> amounts, String reason) {
        Grant grant = amendable(grantId);
        requireReason(reason);
        AgreementSnapshot base = AgreementSnapshot.of(grant);
        AgreementSnapshot proposed = base.withAmounts(amounts);
        requireNotBelowPaid(grantId, proposed, "amounts");
        Amendment amendment = save(grant, Amendment.Kind.BUDGET_SHIFT, reason, base, proposed);
        if (amendment.getShifted().compareTo(toleranceOf(grant)) <= 0) {
            apply(grant, amendment, proposed, who(), null, true);
        }
        return amendment;
    }

    /**
     * Requests a partner change: a partner (not the coordinator) leaves and its amounts from the current fiscal year
     * on go to {@code receiving} (a partner of the grant) or to a new organisation joining, named by its enterprise
     * number ({@code newPartnerNumber}, registered in Regia); its earlier years stay with it.
     */
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public Amendment requestPartnerChange(UUID grantId, UUID leaving, UUID receiving, String newPartnerNumber, String reason) {
        Grant grant = amendable(grantId);
        requireReason(reason);
        boolean byNumber = newPartnerNumber != null && !newPartnerNumber.isBlank();
        if (byNumber && receiving != null) {
            throw DomainException.onField("newPartner", "grants.amendment.receiverTwice");
        }
        UUID to = byNumber ? organisationByNumber(newPartnerNumber) : receiving;
        AgreementSnapshot base = AgreementSnapshot.of(grant);
        if (!byNumber && to != null && base.party(to) == null) {
            throw DomainException.onField("receiving", "grants.amendment.notAPartner");
        }
        if (byNumber && base.party(to) != null) {
            throw DomainException.onField("newPartner", "grants.amendment.alreadyPartner");
        }
        int fromYear = Math.max(LocalDate.now(clock.withZone(ClockConfiguration.BRUSSELS)).getYear(), grant.getStart().getYear());
        AgreementSnapshot proposed = base.withPartnerChange(leaving, to, fromYear);
        requireNotBelowPaid(grantId, proposed, "leaving");
        return save(grant, Amendment.Kind.PARTNER_CHANGE, reason, base, proposed);
    }

    // ---- decisions -----------------------------------------------------------------------------------------------

    /** Approves a pending amendment: the next agreement version and the grant's new terms. */
    @PreAuthorize("hasAnyRole('COMMITTEE','ADMIN')")
    public Amendment approve(UUID grantId, int number, String reason) {
        Amendment amendment = pending(grantId, number);
        Grant grant = get(grantId);
        if (amendment.getBaseVersion() != currentVersion(grantId)) {
            throw new DomainException("grants.amendment.outdated", amendment.getNumber(), amendment.getBaseVersion());
        }
        AgreementSnapshot proposed = read(amendment.getProposed());
        requireNotBelowPaid(grantId, proposed, "decisionReason");
        apply(grant, amendment, proposed, who(), reason, false);
        return amendment;
    }

    /** Rejects a pending amendment with a reason; the agreement stays as it is. */
    @PreAuthorize("hasAnyRole('COMMITTEE','ADMIN')")
    public Amendment reject(UUID grantId, int number, String reason) {
        Amendment amendment = pending(grantId, number);
        amendment.reject(who(), clock.instant(), reason);
        amendments.saveAndFlush(amendment);
        return amendment;
    }

    // ---- internals -----------------------------------------------------------------------------------------------

    private Amendment save(Grant grant, Amendment.Kind kind, String reason, AgreementSnapshot base, AgreementSnapshot proposed) {
        if (base.compareTo(proposed).isEmpty()) {
            throw new DomainException("grants.amendment.nothingChanges");
        }
        if (amendments.existsByGrantIdAndState(grant.getId(), Amendment.State.PENDING)) {
            throw new DomainException("grants.amendment.pendingExists", grant.getReference());
        }
        int version = currentVersion(grant.getId());
        if (versions.maxNumber(grant.getId()) == null) {
            Instant at = grant.getAwardedAt() != null ? grant.getAwardedAt() : clock.instant();
            versions.saveAndFlush(new AgreementVersion(grant.getId(), 1, null, at, "—", write(base)));
        }
        Integer last = amendments.maxNumber(grant.getId());
        Amendment amendment = new Amendment(grant.getId(), last == null ? 1 : last + 1, kind, reason, who(),
                clock.instant(), version, write(proposed), base.shiftedTo(proposed));
        return amendments.saveAndFlush(amendment);
    }

    private void apply(Grant grant, Amendment amendment, AgreementSnapshot proposed, String by, String reason, boolean automatic) {
        int next = currentVersion(grant.getId()) + 1;
        Instant now = clock.instant();
        amendment.approve(by, now, reason, next, automatic);
        grant.amend(proposed);
        versions.save(new AgreementVersion(grant.getId(), next, amendment.getId(), now, by, write(proposed)));
        List<GrantPartner> current = partners.findByGrantIdOrderByPosition(grant.getId());
        int position = current.stream().mapToInt(GrantPartner::getPosition).max().orElse(-1) + 1;
        for (GrantPartner p : current) {
            AgreementSnapshot.Party party = proposed.party(p.getOrganisationId());
            if (party == null) {
                partners.delete(p);
            } else {
                p.reshare(party.amount());
            }
        }
        for (AgreementSnapshot.Party party : proposed.parties()) {
            if (current.stream().noneMatch(p -> p.getOrganisationId().equals(party.organisationId()))) {
                partners.save(new GrantPartner(grant.getId(), party.organisationId(), party.coordinator(), party.amount(), position++));
            }
        }
        grants.saveAndFlush(grant);
        amendments.saveAndFlush(amendment);
    }

    private Amendment pending(UUID grantId, int number) {
        Amendment amendment = amendments.findByGrantIdAndNumber(grantId, number)
                .orElseThrow(() -> new NotFoundException("amendment", grantId + "/" + number));
        if (!amendment.isPending()) {
            throw new DomainException("grants.amendment.alreadyDecided", number);
        }
        return amendment;
    }

    private Grant amendable(UUID grantId) {
        Grant grant = get(grantId);
        if (grant.allocations().isEmpty()) {
            throw new DomainException("grants.agreement.none", grant.getReference());
        }
        if (!grant.isOpen()) {
            throw new DomainException("grants.amendment.grantClosed", grant.getReference());
        }
        return grant;
    }

    private Grant get(UUID grantId) {
        return grants.findById(grantId).orElseThrow(() -> new NotFoundException("grant", grantId));
    }

    /** No fiscal year may end up below what has already been paid on it (payments go to the grant, not per partner). */
    private void requireNotBelowPaid(UUID grantId, AgreementSnapshot proposed, String field) {
        Map<Integer, BigDecimal> perYear = proposed.amountsPerYear();
        for (Map.Entry<Integer, BigDecimal> paid : paidPerYear(grantId).entrySet()) {
            BigDecimal planned = perYear.getOrDefault(paid.getKey(), BigDecimal.ZERO);
            if (planned.compareTo(paid.getValue()) < 0) {
                throw DomainException.onField(field, "grants.amendment.belowPaid", String.valueOf(paid.getKey()),
                        planned.toPlainString(), paid.getValue().toPlainString());
            }
        }
    }

    private BigDecimal toleranceOf(Grant grant) {
        return grant.getAwarded().multiply(tolerancePercent).divide(HUNDRED, 2, RoundingMode.DOWN);
    }

    private UUID organisationByNumber(String number) {
        EnterpriseNumber parsed;
        try {
            parsed = EnterpriseNumber.parse(number);
        } catch (DomainException e) {
            throw DomainException.onField("newPartner", "grants.amendment.enterpriseNumberInvalid", number);
        }
        return organisations.search(parsed.digits(), PageRequest.of(0, 20)).stream()
                .filter(o -> o.getEnterpriseNumber().map(n -> n.digits().equals(parsed.digits())).orElse(false))
                .map(Organisation::getId).findFirst()
                .orElseThrow(() -> DomainException.onField("newPartner", "grants.amendment.organisationUnknown", parsed.formatted()));
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.onField("reason", "grants.amendment.reasonRequired");
        }
    }

    private static String who() {
        return CurrentUser.get().map(RegiaAccount::email).orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }

    private static String write(AgreementSnapshot snapshot) {
        return JSON.writeValueAsString(snapshot);
    }

    private static AgreementSnapshot read(String json) {
        return JSON.readValue(json, AgreementSnapshot.class);
    }
}

interface AmendmentRepository extends JpaRepository<Amendment, UUID> {
    List<Amendment> findByGrantIdOrderByNumberDesc(UUID grantId);

    java.util.Optional<Amendment> findByGrantIdAndNumber(UUID grantId, int number);

    boolean existsByGrantIdAndState(UUID grantId, Amendment.State state);

    @org.springframework.data.jpa.repository.Query("select max(a.number) from Amendment a where a.grantId = :grantId")
    Integer maxNumber(UUID grantId);
}

interface AgreementVersionRepository extends JpaRepository<AgreementVersion, UUID> {
    List<AgreementVersion> findByGrantIdOrderByNumber(UUID grantId);

    java.util.Optional<AgreementVersion> findByGrantIdAndNumber(UUID grantId, int number);

    @org.springframework.data.jpa.repository.Query("select max(v.number) from AgreementVersion v where v.grantId = :grantId")
    Integer maxNumber(UUID grantId);
}
