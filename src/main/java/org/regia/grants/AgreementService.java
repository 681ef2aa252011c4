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
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationService;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.regia.shared.documents.PdfDocuments;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grant agreements: drafted with the grant from a funding decision ({@link GrantService#fromDecision}), rendered as a
 * PDF in French or Dutch, signed by the institute, the cabinet and the beneficiary through the
 * {@link AgreementSignatures} port, and committed in the finance ledger per budget line and year. The award itself
 * ({@link GrantAwarded}) is the Government's decision and is announced when the grant is created; the signatures
 * complete the agreement that governs payments.
 */
@Service
@Transactional
public class AgreementService {

    public static final Locale FR = Locale.FRENCH;
    public static final Locale NL = new Locale("nl");

    private final GrantRepository grants;
    private final GrantPartnerRepository partners;
    private final FinanceLedger ledger;
    private final OrganisationService organisations;
    private final PdfDocuments documents;
    private final AgreementSignatures signatures;
    private final java.time.Clock clock;

    AgreementService(GrantRepository grants, GrantPartnerRepository partners, FinanceLedger ledger, OrganisationService organisations, PdfDocuments documents,
                     AgreementSignatures signatures, java.time.Clock clock) {
        this.grants = grants;
        this.partners = partners;
        this.ledger = ledger;
        this.organisations = organisations;
        this.documents = documents;
        this.signatures = signatures;
        this.clock = clock;
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
        List<Grant> all = grants.listed();
        if (GrantService.isStaff()) {
            return all;
        }
        List<UUID> mine = organisations.memberOf(CurrentUser.id());
        if (mine.isEmpty()) {
            return List.of();
        }
        java.util.Set<UUID> theirs = new java.util.HashSet<>();
        partners.findByOrganisationIdIn(mine).forEach(p -> theirs.add(p.getGrantId()));
        return all.stream().filter(g -> mine.contains(g.getOrganisationId()) || theirs.contains(g.getId())).toList();
    }

    /** The beneficiaries of a grant with their shares, for staff or a party to it. */
    @Transactional(readOnly = true)
    public List<GrantPartner> partners(UUID grantId) {
        requireCanSee(get(grantId));
        return partners.findByGrantIdOrderByPosition(grantId);
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
     * signature completes the agreement.
     */
    public Grant sign(UUID grantId, Grant.Signatory signatory) {
        Grant grant = get(grantId);
        requireSigner(grant, signatory);
        requireAgreement(grant);
        String who = CurrentUser.get().map(RegiaAccount::email).orElseThrow(() -> new AccessDeniedException("sign-in required"));
        Instant at = clock.instant();
        String evidence = signatures.sign(grant.getReference(), signatory, who, pdf(grant, FR), at);
        grant.sign(new Grant.SignOff(signatory, who, at, evidence));
        return grant;
    }

    /**
     * Commits the agreement's yearly amounts on one budget line through the ledger (all years or none): above a
     * year's credit only with an override reason, which the ledger records.
     */
    public void commitAgreement(UUID grantId, String budgetLine, String overrideReason) {
        Grant grant = get(grantId);
        requireAgreement(grant);
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

    /** A grant recorded by hand (not from a funding decision) has no agreement to sign or commit by year. */
    private static void requireAgreement(Grant grant) {
        if (grant.allocations().isEmpty()) {
            throw new DomainException("grants.agreement.none", grant.getReference());
        }
    }

    /** The parties the current user may still sign for on this grant (the screen offers only those buttons). */
    @Transactional(readOnly = true)
    public java.util.Set<Grant.Signatory> signableBy(Grant grant) {
        java.util.Set<Grant.Signatory> out = java.util.EnumSet.noneOf(Grant.Signatory.class);
        if (grant.allocations().isEmpty() || grant.getAgreementState() == Grant.AgreementState.SIGNED) {
            return out;
        }
        for (Grant.Signatory s : Grant.Signatory.values()) {
            if (grant.signedBy(s) == null && maySign(grant, s)) {
                out.add(s);
            }
        }
        return out;
    }

    private void requireSigner(Grant grant, Grant.Signatory signatory) {
        if (!maySign(grant, signatory)) {
            throw new AccessDeniedException("may not sign for " + signatory);
        }
    }

    private boolean maySign(Grant grant, Grant.Signatory signatory) {
        return switch (signatory) {
            case INSTITUTE -> CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.FINANCE_OFFICER, Role.ADMIN);
            case CABINET -> CurrentUser.hasRole(Role.ADMIN);
            case BENEFICIARY -> CurrentUser.hasRole(Role.APPLICANT)
                    && organisations.memberOf(CurrentUser.id()).contains(grant.getOrganisationId());
        };
    }

    private void requireCanSee(Grant grant) {
        if (GrantService.isStaff()) {
            return;
        }
        List<UUID> mine = CurrentUser.get().isPresent() ? organisations.memberOf(CurrentUser.id()) : List.of();
        if (!mine.contains(grant.getOrganisationId())
                && partners.findByGrantIdOrderByPosition(grant.getId()).stream().noneMatch(p -> mine.contains(p.getOrganisationId()))) {
            throw new AccessDeniedException("not a party to this grant");
        }
    }
}
