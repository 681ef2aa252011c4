package org.regia.evaluation;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.regia.applications.Application;
import org.regia.applications.ApplicationService;
import org.regia.applications.AttachmentService;
import org.regia.applications.BudgetService;
import org.regia.applications.CostCategory;
import org.regia.applications.Ethics;
import org.regia.applications.SubmissionService;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallDetails;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.AccountService;
import org.regia.identity.Role;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.YearFigures;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.LocalizedText;
import org.regia.stateaid.WorkType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds, through the public APIs of catalogue, organisations and applications, an open call and really submitted
 * applications (which evaluation registers on ApplicationSubmitted), and experts.
 */
@Component
class EvaluationFixture {

    static final String OFFICER = "officer@example.org";
    static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired CatalogueService catalogue;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;
    @Autowired BudgetService budgets;
    @Autowired AttachmentService attachments;
    @Autowired SubmissionService submissions;
    @Autowired ExpertService experts;
    @Autowired AccountService accounts;
    @Autowired javax.sql.DataSource dataSource;

    void actAs(String email) {
        UserDetails principal = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    void user(String email, Role role) {
        if (accounts.byEmail(email).isEmpty()) {
            accounts.createActive(email, email.substring(0, email.indexOf('@')), org.regia.support.IntegrationTest.PASSWORD, Set.of(role));
        }
    }

    /** An open deadline call of the R&D projects programme with this budget (at most EUR 30,000: no EO test). */
    Call openCall(String budget) {
        user(OFFICER, Role.PROGRAMME_OFFICER);
        actAs(OFFICER);
        catalogue.loadProgrammes2023IfEmpty();
        Instant now = catalogue.now();
        Call call = catalogue.createCall(catalogue.programmeByCode("rd-projects").getId(), new CallDetails(
                LocalizedText.of("Appel R&D 2026", "Oproep O&O 2026"), null, CallMode.DEADLINE, now.minusSeconds(3600),
                now.plusSeconds(86_400), 1, new BigDecimal(budget), null, "Critères R&D 2026", List.of()));
        catalogue.moveCall(call.getId(), CallState.PUBLISHED);
        catalogue.moveCall(call.getId(), CallState.OPEN);
        return call;
    }

    record Submitted(UUID applicationId, Organisation organisation) {
    }

    /**
     * A small company (its applicant logs in as {@code applicant}) submits a single-partner application; waits until
     * evaluation has registered it.
     */
    Submitted submit(Call call, String applicant, String orgName, String prefix, String title, String summary,
                     String domain, String personnel) {
        user(applicant, Role.APPLICANT);
        actAs(applicant);
        Organisation org = organisations.create(new OrganisationDetails(orgName, null, OrganisationType.COMPANY,
                EnterpriseNumber.fromPrefix(prefix).formatted(), "Rue de la Loi 42", "1040", "Etterbeek", "BE", null, null));
        organisations.recordFigures(org.getId(), new YearFigures(2024, BigDecimal.valueOf(20), BigDecimal.valueOf(3_000_000), null));
        organisations.recordFigures(org.getId(), new YearFigures(2025, BigDecimal.valueOf(20), BigDecimal.valueOf(3_000_000), null));
        Application a = applications.create(call.getId(), org.getId(), title);
        ObjectNode d = JSON.createObjectNode();
        d.put("acronym", title.substring(0, Math.min(8, title.length())).toUpperCase().replace(' ', '-'));
        d.put("summary", summary);
        d.put("trl", 5);
        d.put("startDate", "2027-01-01");
        d.put("domain", domain);
        d.put("regionalImpact", summary);
        d.put("genderDimension", false);
        ObjectNode wp = d.putArray("workPackages").addObject();
        wp.put("title", "Prototype");
        wp.put("months", 24);
        a = applications.save(a.getId(), a.getVersion(), null, d, new Ethics(false, false, false, false, false));
        var coord = applications.get(a.getId()).coordinator();
        budgets.saveBudget(a.getId(), coord.getId(), coord.getVersion(), BigDecimal.ZERO, List.of(
                new BudgetService.LineInput(2027, WorkType.EXPERIMENTAL_DEVELOPMENT, CostCategory.PERSONNEL, new BigDecimal(personnel))));
        attachments.upload(a.getId(), "projectDescription", "description.pdf", PDF.getBytes(StandardCharsets.US_ASCII));
        submissions.submit(a.getId(), "submit-" + a.getId());
        UUID id = a.getId();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("select count(*) from evaluation_application where application_id = ?", Long.class, id) == 1);
        SecurityContextHolder.clearContext();
        return new Submitted(id, org);
    }

    /** An expert with a login (role EXPERT) and a profile created by the officer. */
    Expert expert(String email, String name, Gender gender, Set<String> languages, String keywords, String organisationNumber,
                  int maxLoad) {
        user(email, Role.EXPERT);
        user(OFFICER, Role.PROGRAMME_OFFICER);
        actAs(OFFICER);
        Expert e = experts.create(email, new ExpertDetails(name, Expert.Kind.EXTERNAL_EXPERT, gender, languages, keywords,
                Set.of("URBAN_FLOWS"), null, organisationNumber, null, null, true, maxLoad));
        SecurityContextHolder.clearContext();
        return e;
    }
}
