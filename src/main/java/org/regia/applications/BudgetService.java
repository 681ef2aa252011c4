package org.regia.applications;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.CurrentUser;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.Money;
import org.regia.stateaid.AidCalculation;
import org.regia.stateaid.AidRuleSet;
import org.regia.stateaid.Beneficiary;
import org.regia.stateaid.DeMinimisCheck;
import org.regia.stateaid.DeMinimisLedger;
import org.regia.stateaid.WorkType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Partner budgets and the requested state aid per partner and in total. */
@Service
@Transactional
public class BudgetService {

    /** One input line: an amount for a year, work type and cost category. */
    public record LineInput(int year, WorkType workType, CostCategory category, BigDecimal amount) {
    }

    /** State aid of one partner: the facts used, the calculation (with explanation steps), the de minimis check. */
    public record PartnerAid(Partner partner, Beneficiary beneficiary, boolean sizeUnknown, AidCalculation calculation,
                             DeMinimisCheck deMinimis) {
    }

    /** State aid of the whole application. */
    public record StateAid(AidRuleSet ruleSet, boolean deMinimisProgramme, boolean collaboration, List<PartnerAid> partners,
                           Money totalCosts, Money totalAid) {
    }

    /**
     * Reads an amount as typed in a form ("12500.50", "12 500,50"): refuses, at the field "amount", a blank value,
     * anything that is not a number and more than two decimals (cents).
     */
    public static BigDecimal parseAmount(String typed) {
        String s = typed == null ? "" : typed.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
        if (s.isEmpty()) {
            throw DomainException.onField("amount", "applications.budget.amountRequired");
        }
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        }
        if (!s.matches("[+-]?\\d+(\\.\\d+)?")) {
            throw DomainException.onField("amount", "applications.budget.notANumber", typed.strip());
        }
        BigDecimal value = new BigDecimal(s);
        if (value.stripTrailingZeros().scale() > 2) {
            throw DomainException.onField("amount", "applications.budget.cents", typed.strip());
        }
        return value;
    }

    private final ApplicationService applications;
    private final ProgrammeAidRepository programmeAid;
    private final CatalogueService catalogue;
    private final DeMinimisLedger ledger;
    private final EntityManager em;
    private final Clock clock;

    BudgetService(ApplicationService applications, ProgrammeAidRepository programmeAid, CatalogueService catalogue,
                  DeMinimisLedger ledger, EntityManager em, Clock clock) {
        this.applications = applications;
        this.programmeAid = programmeAid;
        this.catalogue = catalogue;
        this.ledger = ledger;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Replaces a partner's budget. All lines are checked first (negative amounts, duplicates, overhead rate); on the
     * first error nothing changes. {@code expectedVersion} is the partner's version as loaded (optimistic locking).
     */
    public Partner saveBudget(UUID applicationId, UUID partnerId, long expectedVersion, BigDecimal overheadRate,
                              List<LineInput> lines) {
        Application a = applications.editable(applicationId);
        Partner p = a.partner(partnerId).orElseThrow(() -> new org.regia.shared.NotFoundException("partner", partnerId));
        if (p.getStatus() != Partner.Status.ACCEPTED) {
            throw new DomainException("applications.budget.notAccepted");
        }
        if (!applications.canEditBudget(a, p)) {
            throw new AccessDeniedException("not allowed to edit this partner's budget");
        }
        if (p.getVersion() != expectedVersion) {
            throw new DomainException("applications.conflict", a.getUpdatedAt().toString());
        }
        if (lines == null) {
            throw DomainException.onField("lines", "applications.budget.linesRequired");
        }
        List<BudgetLine> fresh = p.prepareBudget(overheadRate, lines);
        p.clearBudget();
        em.flush(); // delete old lines before inserting new ones (unique year/work type/category)
        p.installBudget(overheadRate, fresh);
        a.touch(CurrentUser.id(), clock.instant());
        em.lock(p, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        return p;
    }

    public AidRuleSet ruleSetOfProgramme(UUID programmeId) {
        return programmeAid.findById(programmeId).map(ProgrammeAid::getRuleSet).orElse(AidRuleSet.GBER_ART25);
    }

    /** Sets a programme's rule set and de minimis nature (officers). */
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    public void configureProgramme(UUID programmeId, AidRuleSet rules, boolean deMinimis) {
        catalogue.programme(programmeId);
        programmeAid.findById(programmeId).ifPresent(programmeAid::delete);
        programmeAid.flush();
        programmeAid.save(new ProgrammeAid(programmeId, rules, deMinimis));
    }

    @Transactional(readOnly = true)
    public StateAid stateAid(UUID applicationId) {
        return stateAid(applications.get(applicationId));
    }

    /**
     * Requested aid per partner: per work type, eligible costs (direct + flat-rate overheads) x the maximum intensity
     * of the programme's rule set, for the partner's size class (unknown = large, the prudent assumption) and research
     * organisation status (university or research centre); the collaboration bonus applies when at least two
     * different organisations take part.
     */
    @Transactional(readOnly = true)
    public StateAid stateAid(Application a) {
        return stateAid(a, catalogue.eligibilityForCall(a.getCallId()).programmeId());
    }

    /** The same, when the caller has already read the call's programme. */
    StateAid stateAid(Application a, UUID programmeId) {
        ProgrammeAid settings = programmeAid.findById(programmeId).orElse(new ProgrammeAid(programmeId, AidRuleSet.GBER_ART25, false));
        List<Partner> accepted = a.acceptedPartners();
        boolean collaboration = accepted.stream().map(Partner::getOrganisationId).distinct().count() >= 2;
        List<PartnerAid> out = new ArrayList<>();
        Money costs = Money.ZERO;
        Money aid = Money.ZERO;
        LocalDate today = LocalDate.now(clock);
        for (Partner p : accepted) {
            boolean unknown = p.getOrgSize() == null;
            Beneficiary b = new Beneficiary(unknown ? Beneficiary.Size.LARGE : Beneficiary.Size.valueOf(p.getOrgSize().name()),
                    p.isResearchOrganisation());
            List<AidCalculation.CostLine> lines = new ArrayList<>();
            for (Map.Entry<WorkType, Money> e : p.costsByWorkType().entrySet()) {
                lines.add(new AidCalculation.CostLine(e.getKey(), e.getValue(), null));
            }
            AidCalculation calc = AidCalculation.of(settings.getRuleSet(), b, collaboration, lines);
            DeMinimisCheck dm = null;
            if (settings.isDeMinimis() && p.getOrgNumber() != null) {
                dm = ledger.check(EnterpriseNumber.parse(p.getOrgNumber()), calc.grantableAid(), today);
            }
            out.add(new PartnerAid(p, b, unknown, calc, dm));
            costs = costs.plus(calc.totalCosts());
            aid = aid.plus(calc.grantableAid());
        }
        return new StateAid(settings.getRuleSet(), settings.isDeMinimis(), collaboration, out, costs, aid);
    }
}
