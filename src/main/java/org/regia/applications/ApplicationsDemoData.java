package org.regia.applications;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.regia.catalogue.Call;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.AccountService;
import org.regia.identity.DemoAccounts;
import org.regia.identity.Role;
import org.regia.organisations.Organisation;
import org.regia.stateaid.WorkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Demo profile only: the demo applicant (applicant@regia.example) has one submitted application and one draft on
 * the open demo calls, made through the same services as the screens (so the receipt, snapshot and eligibility are
 * real), and the officer's list is not empty. Loaded once.
 */
@Component
@Profile("demo")
@Order(40)
class ApplicationsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ApplicationsDemoData.class);
    /** A minimal valid PDF standing in for the technical description. */
    static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    private final ApplicationRepository repository;
    private final ApplicationService applications;
    private final BudgetService budgets;
    private final AttachmentService attachments;
    private final SubmissionService submissions;
    private final CatalogueService catalogue;
    private final AccountService accounts;

    ApplicationsDemoData(ApplicationRepository repository, ApplicationService applications, BudgetService budgets,
                         AttachmentService attachments, SubmissionService submissions, CatalogueService catalogue,
                         AccountService accounts) {
        this.repository = repository;
        this.applications = applications;
        this.budgets = budgets;
        this.attachments = attachments;
        this.submissions = submissions;
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.count() > 0) {
            return;
        }
        String email = DemoAccounts.LOGINS.stream().filter(l -> l.role() == Role.APPLICANT).findFirst().orElseThrow().email();
        UserDetails applicant = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(applicant, null, applicant.getAuthorities()));
        try {
            List<Organisation> mine = applications.myOrganisations();
            List<Call> open = catalogue.openCalls().stream().filter(c -> c.getProgramme().getCode().equals("joint-rd")
                    || c.getProgramme().getCode().equals("innovative-starters-award")).toList();
            if (mine.isEmpty() || open.isEmpty()) {
                return;
            }
            Organisation zinneke = mine.stream().filter(o -> o.getLegalName().startsWith("Zinneke")).findFirst().orElse(mine.get(0));
            Call call = open.get(0);
            submitted(call, zinneke);
            Application draft = applications.create(call.getId(), zinneke.getId(), "Assistant vocal bilingue pour les guichets publics");
            ObjectNode d = FormSchema.JSON.createObjectNode();
            d.put("acronym", "BILINGO");
            d.put("summary", "Un assistant vocal qui répond en français et en néerlandais aux questions des usagers des guichets.");
            applications.save(draft.getId(), draft.getVersion(), null, d, null);
        } catch (RuntimeException e) {
            log.warn("Demo applications not loaded: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void submitted(Call call, Organisation org) {
        Application a = applications.create(call.getId(), org.getId(), "Jumeau numérique du fret urbain bruxellois");
        ObjectNode d = FormSchema.JSON.createObjectNode();
        d.put("acronym", "FRETWIN");
        d.put("summary", "Un jumeau numérique des livraisons urbaines pour tester des scénarios de consolidation et de vélos-cargos "
                + "avant de les déployer. / Een digitale tweeling van de stedelijke leveringen om scenario's te testen.");
        d.put("trl", 5);
        d.put("startDate", "2027-03-01");
        d.put("domain", "URBAN_FLOWS");
        d.put("regionalImpact", "Moins de camionnettes dans le Pentagone, des livraisons plus propres, des emplois qualifiés à Bruxelles.");
        d.put("genderDimension", false);
        ObjectNode wp = d.putArray("workPackages").addObject();
        wp.put("title", "Modèle de données et capteurs");
        wp.put("months", 12);
        ObjectNode wp2 = d.withArray("workPackages").addObject();
        wp2.put("title", "Simulation et pilote");
        wp2.put("months", 12);
        a = applications.save(a.getId(), a.getVersion(), null, d, new Ethics(false, false, false, false, false));
        Partner coordinator = applications.get(a.getId()).coordinator();
        budgets.saveBudget(a.getId(), coordinator.getId(), coordinator.getVersion(), new BigDecimal("15"), List.of(
                new BudgetService.LineInput(2027, WorkType.INDUSTRIAL_RESEARCH, CostCategory.PERSONNEL, new BigDecimal("120000")),
                new BudgetService.LineInput(2027, WorkType.EXPERIMENTAL_DEVELOPMENT, CostCategory.SUBCONTRACTING, new BigDecimal("30000")),
                new BudgetService.LineInput(2028, WorkType.EXPERIMENTAL_DEVELOPMENT, CostCategory.PERSONNEL, new BigDecimal("90000"))));
        attachments.upload(a.getId(), "projectDescription", "fretwin-description.pdf", PDF.getBytes(StandardCharsets.US_ASCII));
        submissions.submit(a.getId(), "demo-" + a.getId());
    }
}
