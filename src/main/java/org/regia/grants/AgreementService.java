package org.regia.grants;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.regia.evaluation.FundingDecided;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationService;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.regia.shared.documents.PdfDocuments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant agreements: created from a {@link FundingDecided} (once per decision), rendered as a PDF in French or Dutch,
 * signed by the institute, the cabinet and the beneficiary through the {@link AgreementSignatures} port, and committed
 * in the finance ledger per budget line and year. {@link GrantAwarded} is published when the agreement is fully
 * signed (not when it is drafted): only a signed agreement is an award that impact and open data should see.
 */
@Service
@Transactional
public class AgreementService {

    public static final Locale FR = Locale.FRENCH;
    public static final Locale NL = new Locale("nl");

    private final GrantRepository grants;
    private final FinanceLedger ledger;
    private final OrganisationService organisations;
    private final PdfDocuments documents;
    private final AgreementSignatures signatures;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final java.time.Clock clock;
    private final AgreementTerms terms;

    AgreementService(GrantRepository grants, FinanceLedger ledger, OrganisationService organisations, PdfDocuments documents,
                     AgreementSignatures signatures, ApplicationEventPublisher events, JdbcTemplate jdbc, java.time.Clock clock,
                     @Value("${regia.grants.advance-percent:30}") BigDecimal advancePercent,
                     @Value("${regia.grants.balance-percent:20}") BigDecimal balancePercent,
                     @Value("${regia.grants.report-interval-months:12}") int reportIntervalMonths,
                     @Value("${regia.grants.final-report-months:3}") int finalReportMonths) {
        this.grants = grants;
        this.ledger = ledger;
        this.organisations = organisations;
        this.documents = documents;
        this.signatures = signatures;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.terms = new AgreementTerms(advancePercent, balancePercent, reportIntervalMonths, finalReportMonths);
    }

    @ApplicationModuleListener
    void on(FundingDecided decision) {
        createFrom(decision);
    }

    /**
     * Drafts the grant and its agreement from a funding decision. Idempotent on the decision id: a redelivered event
     * returns the grant already created. Rejections (or decisions without awards) create nothing.
     */
    public Optional<Grant> createFrom(FundingDecided d) {
        if (!d.funded() || d.awards().isEmpty()) {
            return Optional.empty();
        }
        Optional<Grant> existing = grants.findByDecisionId(d.decisionId());
        if (existing.isPresent()) {
            return existing;
        }
        if (d.plannedStart() == null || d.plannedEnd() == null || d.plannedEnd().isBefore(d.plannedStart())) {
            throw DomainException.onField("end", "grants.grant.endBeforeStart");
        }
        FundingDecided.PartnerAward coordinator = d.awards().stream().filter(FundingDecided.PartnerAward::coordinator)
                .findFirst().orElse(d.awards().get(0));
        int year = LocalDate.ofInstant(d.decidedAt() == null ? clock.instant() : d.decidedAt(), ClockConfiguration.BRUSSELS).getYear();
        Long seq = jdbc.queryForObject("select nextval('grants_agreement_seq')", Long.class);
        String number = "RGA-%d-%05d".formatted(year, seq);
        BigDecimal total = d.totalAwarded().setScale(2, java.math.RoundingMode.HALF_UP);
        Grant grant = new Grant(number, coordinator.organisationId(), d.title(), total, d.plannedStart(), d.plannedEnd());
        List<Grant.ReportDue> reports = terms.reports(d.plannedStart(), d.plannedEnd());
        grant.agreement(d.decisionId(), d.applicationId(), d.callId(), d.programmeId(), null,
                terms.allocations(d.awards(), d.plannedStart(), d.plannedEnd()), terms.instalments(total, reports), reports);
        return Optional.of(grants.save(grant));
    }

    @Transactional(readOnly = true)
    public Grant get(UUID grantId) {
        return grants.findById(grantId).orElseThrow(() -> new NotFoundException("grant", grantId));
    }

    @Transactional(readOnly = true)
    public Optional<Grant> byDecision(UUID decisionId) {
        return grants.findByDecisionId(decisionId);
    }

    /** The grants the current user may see: all for staff, those of their organisations for a beneficiary. */
    @Transactional(readOnly = true)
    public List<Grant> visible() {
        List<Grant> all = grants.findAllByOrderByReferenceDesc();
        if (CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.FINANCE_OFFICER, Role.ADMIN, Role.CONTROL_OFFICER)) {
            return all;
        }
        List<UUID> mine = organisations.memberOf(CurrentUser.id());
        return all.stream().filter(g -> g.allocations().stream().anyMatch(a -> mine.contains(a.organisationId()))).toList();
    }

    /** One grant, for staff or a party to it. */
    @Transactional(readOnly = true)
    public Grant view(UUID grantId) {
        Grant grant = get(grantId);
        requireCanSee(grant);
        grant.instalments().size();
        grant.reports().size();
        grant.signOffTrail();
        return grant;
    }

    /** Legal names of the parties, for screens and documents. */
    @Transactional(readOnly = true)
    public Map<UUID, String> partyNames(Grant grant) {
        Map<UUID, String> names = new LinkedHashMap<>();
        grant.allocations().forEach(a -> names.computeIfAbsent(a.organisationId(),
                id -> organisations.publishedFacts(id).map(OrganisationService.PublishedFacts::legalName).orElse("?")));
        return names;
    }

    /**
     * Signs the agreement for one party: the institute (programme or finance officer), the cabinet (an administrator
     * acting for the minister's cabinet) or the beneficiary (a member of the coordinating organisation). The third
     * signature completes the agreement and publishes {@link GrantAwarded}.
     */
    public Grant sign(UUID grantId, Grant.Signatory signatory) {
        Grant grant = get(grantId);
        requireSigner(grant, signatory);
        String who = CurrentUser.get().map(RegiaAccount::email).orElseThrow(() -> new AccessDeniedException("sign-in required"));
        Instant at = clock.instant();
        String evidence = signatures.sign(grant.getReference(), signatory, who, pdf(grant, FR), at);
        if (grant.sign(new Grant.SignOff(signatory, who, at, evidence))) {
            events.publishEvent(new GrantAwarded(grant.getId(), grant.getReference(), grant.getOrganisationId(),
                    grant.getApplicationId(), grant.getCallId(), grant.getProgrammeId(), grant.getTitle(), grant.getAwarded(),
                    grant.getStart(), grant.getEnd(), at));
        }
        return grant;
    }

    /**
     * Commits the agreement's yearly amounts on one budget line through the ledger (all years or none): above a
     * year's credit only with an override reason, which the ledger records.
     */
    public void commitAgreement(UUID grantId, String budgetLine, String overrideReason) {
        Grant grant = get(grantId);
        for (Map.Entry<Integer, BigDecimal> year : grant.amountsPerYear().entrySet()) {
            if (year.getValue().signum() > 0) {
                ledger.commit(grantId, budgetLine, year.getKey(), year.getValue(), overrideReason);
            }
        }
    }

    /** The agreement as a PDF in French or Dutch (the legal languages of the Brussels region). */
    @Transactional(readOnly = true)
    public byte[] pdf(UUID grantId, Locale locale) {
        Grant grant = get(grantId);
        requireCanSee(grant);
        return pdf(grant, NL.getLanguage().equals(locale.getLanguage()) ? NL : FR);
    }

    private byte[] pdf(Grant grant, Locale locale) {
        Map<UUID, String> names = partyNames(grant);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("grant", grant);
        model.put("names", names);
        model.put("years", grant.amountsPerYear());
        model.put("trail", grant.signOffTrail());
        model.put("signatories", Grant.Signatory.values());
        java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .withZone(ClockConfiguration.BRUSSELS);
        Map<Grant.Signatory, String> when = new java.util.EnumMap<>(Grant.Signatory.class);
        grant.signOffTrail().forEach((s, o) -> when.put(s, format.format(o.signedAt())));
        model.put("when", when);
        return documents.pdf("grants/agreement", locale, model);
    }

    private void requireSigner(Grant grant, Grant.Signatory signatory) {
        boolean allowed = switch (signatory) {
            case INSTITUTE -> CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.FINANCE_OFFICER, Role.ADMIN);
            case CABINET -> CurrentUser.hasRole(Role.ADMIN);
            case BENEFICIARY -> CurrentUser.hasRole(Role.APPLICANT)
                    && organisations.memberOf(CurrentUser.id()).contains(grant.getOrganisationId());
        };
        if (!allowed) {
            throw new AccessDeniedException("may not sign for " + signatory);
        }
    }

    private void requireCanSee(Grant grant) {
        if (CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.FINANCE_OFFICER, Role.ADMIN, Role.CONTROL_OFFICER)) {
            return;
        }
        List<UUID> mine = organisations.memberOf(CurrentUser.id());
        if (grant.allocations().stream().noneMatch(a -> mine.contains(a.organisationId()))) {
            throw new AccessDeniedException("not a party to this grant");
        }
    }
}
