package org.regia.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.regia.catalogue.Call;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.Role;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.DomainException;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Consortium application, submission at the deadline edges, idempotency, editing conflicts, bad input. */
class ApplicationSubmissionTest extends IntegrationTest {

    static final String OFFICER = "officer@example.org";
    static final String ANN = "ann@example.org";
    static final String BOB = "bob@example.org";

    @Autowired CatalogueService catalogue;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;
    @Autowired BudgetService budgets;
    @Autowired AttachmentService attachments;
    @Autowired SubmissionService submissions;
    @Autowired ReceiptNumbers receiptNumbers;

    record Scenario(Call call, Application application, Organisation annCo, Organisation bobUni) {
    }

    /** Ann (small company) coordinates, Bob (university) accepts the invitation; both fill budgets; PDF attached. */
    Scenario prepare(Instant closesAt) {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        createUser(ANN, Role.APPLICANT);
        createUser(BOB, Role.APPLICANT);
        actAs(OFFICER);
        Call call = ApplicationFixture.openCall(catalogue, "rd-projects", closesAt);
        actAs(ANN);
        Organisation annCo = ApplicationFixture.organisation(organisations, "Hydro SRL", OrganisationType.COMPANY, "07112233", 20, 3_000_000);
        Application a = applications.create(call.getId(), annCo.getId(), "Hydrogen buses");
        a = applications.save(a.getId(), a.getVersion(), null, ApplicationFixture.completeForm(), ApplicationFixture.noEthicsIssue());
        Partner invited = applications.invite(a.getId(), a.getVersion(), BOB, "Scientific partner");
        actAs(BOB);
        Organisation bobUni = ApplicationFixture.organisation(organisations, "ULB", OrganisationType.UNIVERSITY, "04073824", 2000, 400_000_000);
        applications.accept(invited.getInvitationToken(), bobUni.getId());
        Application reloaded = applications.get(a.getId());
        Partner bobPartner = reloaded.acceptedPartners().stream().filter(p -> p.getOrganisationId().equals(bobUni.getId())).findFirst().orElseThrow();
        budgets.saveBudget(a.getId(), bobPartner.getId(), bobPartner.getVersion(), new java.math.BigDecimal("0"), ApplicationFixture.budget("50000"));
        actAs(ANN);
        Partner coord = applications.get(a.getId()).coordinator();
        budgets.saveBudget(a.getId(), coord.getId(), coord.getVersion(), new java.math.BigDecimal("15"), ApplicationFixture.budget("100000"));
        attachments.upload(a.getId(), "projectDescription", "description.pdf", ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII));
        return new Scenario(call, applications.get(a.getId()), annCo, bobUni);
    }

    @Test
    void aConsortiumApplicationIsSubmittedWithReceiptSnapshotHashAndMailsToAllPartners() throws Exception {
        Scenario s = prepare(catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        BudgetService.StateAid aid = budgets.stateAid(s.application().getId());
        assertThat(aid.collaboration()).isTrue();
        // GBER art. 25: small firm, experimental development, effective collaboration: 25 + 20 + 15 = 60 %
        BudgetService.PartnerAid ann = aid.partners().stream().filter(p -> p.partner().getRole() == Partner.Role.COORDINATOR).findFirst().orElseThrow();
        assertThat(ann.calculation().lines().get(0).intensity().percent()).isEqualTo(60);
        // 100,000 personnel + 15 % overheads = 115,000 eligible; 60 % = 69,000
        assertThat(ann.calculation().grantableAid().amount()).isEqualByComparingTo("69000.00");

        Submission sub = submissions.submit(s.application().getId(), "key-1");

        assertThat(sub.getReceiptNumber()).matches("REG-\\d{4}-\\d{6}");
        byte[] pdf = submissions.receiptPdf(s.application().getId());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertThat(text).contains(sub.getReceiptNumber()).contains(sub.getSnapshotSha256())
                    .contains(s.annCo().getLegalName().replaceAll("\\s", "")).contains(s.bobUni().getLegalName().replaceAll("\\s", ""));
        }
        assertThat(sub.getSnapshotSha256()).isEqualTo(AttachmentService.sha256(sub.getSnapshot().getBytes(StandardCharsets.UTF_8)));
        assertThat(sub.getSnapshot()).contains("\"sha256\":\"" + AttachmentService.sha256(ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII)))
                .contains("\"version\":1").contains("HYDRO");
        assertThat(applications.get(s.application().getId()).getStatus()).isEqualTo(Application.Status.SUBMITTED);
        assertThat(jdbc().queryForList("select recipient from outbound_mail where subject like ?", String.class, "%" + sub.getReceiptNumber() + "%"))
                .containsExactlyInAnyOrder(ANN, BOB);
        assertThat(applications.countFor(s.call().getId())).isEqualTo(1);
        // the submitted application can no longer be edited
        Application after = applications.get(s.application().getId());
        assertThatThrownBy(() -> applications.save(after.getId(), after.getVersion(), "Changed", null, null))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.alreadySubmitted");
    }

    @Test
    void deadlineEdgesOneSecondBeforeIsAcceptedOneSecondAfterIsRefused() {
        Instant deadline = catalogue.now().plusSeconds(86_400);
        Scenario s = prepare(deadline);
        actAs(ANN);
        UUID id = s.application().getId();
        assertThatThrownBy(() -> submissions.submit(id, "late", deadline.plusSeconds(1)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.submit.closed");
        assertThatThrownBy(() -> submissions.submit(id, "at", deadline))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.submit.closed");
        assertThat(jdbc().queryForObject("select count(*) from application_submission", Integer.class)).isZero();
        assertThat(applications.get(id).getStatus()).isEqualTo(Application.Status.DRAFT);
        // started one second before the deadline: accepted, even though processing ends after it
        Submission ok = submissions.submit(id, "in-time", deadline.minusSeconds(1));
        assertThat(ok.getSubmittedAt()).isEqualTo(deadline.minusSeconds(1));
    }

    @Test
    void submittingTwiceOrConcurrentlyYieldsTheSameReceiptAndOneSubmission() throws Exception {
        Scenario s = prepare(catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        UUID id = s.application().getId();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = i % 2 == 0 ? "double-click" : "retry-" + i;
            Callable<String> task = () -> {
                SecurityContextHolder.getContext().setAuthentication(auth);
                try {
                    return submissions.submit(id, key).getReceiptNumber();
                } finally {
                    SecurityContextHolder.clearContext();
                }
            };
            results.add(pool.submit(task));
        }
        List<String> receipts = new ArrayList<>();
        for (Future<String> f : results) {
            receipts.add(f.get());
        }
        pool.shutdown();
        assertThat(receipts).hasSize(8).containsOnly(receipts.get(0));
        assertThat(submissions.submit(id, "double-click").getReceiptNumber()).isEqualTo(receipts.get(0));
        assertThat(jdbc().queryForObject("select count(*) from application_submission where application_id = ?", Integer.class, id)).isEqualTo(1);
        assertThat(jdbc().queryForObject("select count(*) from outbound_mail where recipient = ? and subject like 'Regia: REG-%'", Integer.class, ANN)).isEqualTo(1);
    }

    /** An idempotency key belongs to one application: used again for another one, it is refused and nothing changes. */
    @Test
    void aKeyAlreadyUsedForAnotherApplicationIsRefused() {
        Scenario s = prepare(catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        Application other = applications.create(s.call().getId(), s.annCo().getId(), "Hydrogen boats");
        other = applications.save(other.getId(), other.getVersion(), null, ApplicationFixture.completeForm(), ApplicationFixture.noEthicsIssue());
        Partner coord = other.coordinator();
        budgets.saveBudget(other.getId(), coord.getId(), coord.getVersion(), java.math.BigDecimal.ZERO, ApplicationFixture.budget("20000"));
        attachments.upload(other.getId(), "projectDescription", "boats.pdf", ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII));
        UUID first = s.application().getId();
        UUID second = other.getId();
        String receipt = submissions.submit(first, "one-key").getReceiptNumber();

        assertThatThrownBy(() -> submissions.submit(second, "one-key")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("applications.submit.keyReused");
        assertThat(applications.get(second).getStatus()).isEqualTo(Application.Status.DRAFT);
        assertThat(jdbc().queryForObject("select count(*) from application_submission where application_id = ?", Integer.class, second)).isZero();
        assertThat(jdbc().queryForObject("select count(*) from outbound_mail where subject like ?", Integer.class, "%Hydrogen boats%")).isZero();
        // the draft is intact: submitted with a key of its own
        String secondReceipt = submissions.submit(second, "another-key").getReceiptNumber();
        assertThat(secondReceipt).isNotEqualTo(receipt);
        // the first application's key, offered again for the second (now submitted) one, is still refused
        assertThatThrownBy(() -> submissions.submit(second, "one-key")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("applications.submit.keyReused");
        assertThat(submissions.submit(first, "one-key").getReceiptNumber()).isEqualTo(receipt);
    }

    @Test
    void twoEditorsOfTheConsortiumTheSecondSaveIsRefusedWithAClearMessage() {
        Scenario s = prepare(catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        Application annView = applications.get(s.application().getId());
        actAs(BOB);
        Application bobView = applications.get(s.application().getId());
        actAs(ANN);
        applications.save(annView.getId(), annView.getVersion(), "Hydrogen buses (Ann)", null, null);
        actAs(BOB);
        assertThatThrownBy(() -> applications.save(bobView.getId(), bobView.getVersion(), "Hydrogen buses (Bob)", null, null))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.conflict");
        assertThat(applications.get(s.application().getId()).getTitle()).isEqualTo("Hydrogen buses (Ann)");
        // same for a partner's budget
        Partner bobPartner = bobView.acceptedPartners().stream().filter(p -> p.getOrganisationId().equals(s.bobUni().getId())).findFirst().orElseThrow();
        long v = bobPartner.getVersion();
        budgets.saveBudget(bobView.getId(), bobPartner.getId(), v, java.math.BigDecimal.ZERO, ApplicationFixture.budget("60000"));
        assertThatThrownBy(() -> budgets.saveBudget(bobView.getId(), bobPartner.getId(), v, java.math.BigDecimal.ZERO, ApplicationFixture.budget("70000")))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.conflict");
        assertThat(jdbc().queryForObject("select amount from budget_line where partner_id = ?", java.math.BigDecimal.class, bobPartner.getId()))
                .isEqualByComparingTo("60000");
    }

    @Test
    void allProblemsAreListedAtOnceAndNothingIsSubmitted() {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        createUser(ANN, Role.APPLICANT);
        actAs(OFFICER);
        Call call = ApplicationFixture.openCall(catalogue, "rd-projects", catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        Organisation annCo = ApplicationFixture.organisation(organisations, "Hydro SRL", OrganisationType.COMPANY, "07112233", 20, 3_000_000);
        Application a = applications.create(call.getId(), annCo.getId(), "Draft");
        var data = FormSchema.JSON.createObjectNode();
        data.put("acronym", "THIS-ACRONYM-IS-FAR-TOO-LONG");
        data.put("trl", "high");
        data.put("genderDimension", true);
        a = applications.save(a.getId(), a.getVersion(), null, data, null);
        UUID id = a.getId();
        assertThatThrownBy(() -> submissions.submit(id, "k"))
                .isInstanceOfSatisfying(SubmissionRefused.class, e -> assertThat(e.errors()).extracting(FieldError::path)
                        .contains("acronym", "summary", "trl", "startDate", "domain", "regionalImpact", "genderExplanation",
                                "workPackages", "projectDescription", "ethics.personalData", "ethics.humans", "budget." + applications.get(id).coordinator().getId()));
        assertThat(jdbc().queryForObject("select count(*) from application_submission", Integer.class)).isZero();
    }

    @Test
    void badInputIsRefusedWithClearMessagesAndNothingIsSavedPartially() {
        Scenario s = prepare(catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        UUID id = s.application().getId();
        Partner coord = applications.get(id).coordinator();
        // a negative amount among valid lines: nothing of the new budget is saved
        List<BudgetService.LineInput> lines = List.of(
                new BudgetService.LineInput(2027, org.regia.stateaid.WorkType.INDUSTRIAL_RESEARCH, CostCategory.EQUIPMENT, new java.math.BigDecimal("5000")),
                new BudgetService.LineInput(2027, org.regia.stateaid.WorkType.INDUSTRIAL_RESEARCH, CostCategory.PERSONNEL, new java.math.BigDecimal("-1")));
        assertThatThrownBy(() -> budgets.saveBudget(id, coord.getId(), coord.getVersion(), java.math.BigDecimal.TEN, lines))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.budget.negative");
        assertThat(jdbc().queryForObject("select sum(amount) from budget_line where partner_id = ?", java.math.BigDecimal.class, coord.getId()))
                .isEqualByComparingTo("100000");
        // files: an .exe renamed .pdf, an empty file, an oversized file
        byte[] exe = new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> attachments.upload(id, "projectDescription", "invoice.pdf", exe))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.attachment.unknownType");
        assertThatThrownBy(() -> attachments.upload(id, "projectDescription", "empty.pdf", new byte[0]))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.attachment.empty");
        byte[] big = new byte[(int) FormService.DEFAULT_MAX_ATTACHMENT + 1];
        System.arraycopy(ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII), 0, big, 0, 5);
        assertThatThrownBy(() -> attachments.upload(id, "projectDescription", "big.pdf", big))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.attachment.tooLarge");
        // a real PDF named .docx is refused too
        assertThatThrownBy(() -> attachments.upload(id, "financialPlan", "plan.docx", ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.attachment.disguised");
        assertThat(jdbc().queryForObject("select count(*) from application_attachment", Integer.class)).isEqualTo(1);
        // a partner outside the programme's beneficiary types (a school for R&D projects)
        Application a = applications.get(id);
        Partner inv = applications.invite(id, a.getVersion(), "carl@example.org", "Partner");
        createUser("carl@example.org", Role.APPLICANT);
        actAs("carl@example.org");
        Organisation school = ApplicationFixture.organisation(organisations, "Athénée Royal", OrganisationType.SCHOOL, "02012345", 80, 1_000_000);
        assertThatThrownBy(() -> applications.accept(inv.getInvitationToken(), school.getId()))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.partner.typeNotEligible");
        // and someone who is not the invited person cannot accept
        actAs(BOB);
        assertThatThrownBy(() -> applications.accept(inv.getInvitationToken(), s.bobUni().getId()))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.invitation.otherEmail");
    }

    @Test
    void eligibilityIsEvaluatedAtSubmissionAndTheOfficerScreensWithHistory() {
        Scenario s = prepare(catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        Application a = applications.get(s.application().getId());
        applications.save(a.getId(), a.getVersion(), null, null, new Ethics(true, false, false, false, false));
        Submission sub = submissions.submit(a.getId(), "k");
        List<EligibilityResult> rules = submissions.eligibilityOf(sub);
        assertThat(rules).extracting(EligibilityResult::rule).contains("BENEFICIARY_TYPE", "BRUSSELS_REGION", "TRL", "MANDATORY_ATTACHMENTS", "ETHICS");
        assertThat(rules).filteredOn(r -> r.rule().equals("ETHICS")).singleElement()
                .satisfies(r -> assertThat(r.passed()).isFalse()).satisfies(r -> assertThat(r.arguments()).containsExactly("personalData"));
        assertThat(rules).filteredOn(r -> r.rule().equals("TRL")).singleElement().satisfies(r -> assertThat(r.passed()).isTrue());

        actAs(OFFICER);
        assertThatThrownBy(() -> applications.screen(a.getId(), Application.Screening.NOT_ADMISSIBLE, " "))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("applications.screening.reasonRequired");
        applications.screen(a.getId(), Application.Screening.NOT_ADMISSIBLE, "Annex 3 unsigned");
        applications.screen(a.getId(), Application.Screening.ADMISSIBLE, null);
        assertThat(applications.screeningHistory(a.getId())).extracting(ScreeningDecision::getOutcome)
                .containsExactly(Application.Screening.ADMISSIBLE, Application.Screening.NOT_ADMISSIBLE);
        actAs(ANN);
        assertThat(applications.get(a.getId()).getScreening()).isEqualTo(Application.Screening.ADMISSIBLE);
        assertThatThrownBy(() -> applications.screen(a.getId(), Application.Screening.ADMISSIBLE, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    /**
     * What a submission sends to PostgreSQL, for this two-partner consortium: the deadline rush (docs/applications.md)
     * is bound by it, so a change that adds statements to the submission fails here first.
     */
    @Test
    void aSubmissionIsAFewStatements() {
        Scenario s = prepare(catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        UUID id = s.application().getId();
        var recorded = org.regia.support.SqlStatements.recording(() -> submissions.submit(id, "key-" + id, Instant.now()));
        assertThat(recorded.result().getReceiptNumber()).startsWith("REG-");
        // reads: the locked application, the applicant's affiliations, the partners, the call's rules (one statement
        // for the window and the programme's rules), the attachments, both partners' budget lines (one statement),
        // the programme's aid settings, at most one receipt block; writes: submission, event publication, the mails
        // (one batch), application, revision, application history
        assertThat(recorded.statements()).as(String.join("\n", recorded.statements())).hasSizeLessThanOrEqualTo(14);
        assertThat(recorded.statements()).filteredOn(sql -> sql.contains("from budget_line")).hasSize(1);
        assertThat(recorded.statements()).noneMatch(sql -> sql.contains("programme_track") || sql.contains("from application_submission"));
        assertThat(jdbc().queryForObject("select count(*) from outbound_mail where subject like ?", Integer.class,
                "%" + recorded.result().getReceiptNumber() + "%")).isEqualTo(2);
    }

    /** One nextval reserves 50 receipt numbers; concurrent submissions never share one, nor pass what was reserved. */
    @Test
    void receiptNumbersAreUniqueAndReservedFiftyAtATime() throws Exception {
        long before = jdbc().queryForObject("select last_value from app_receipt_seq", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            futures.add(pool.submit(() -> {
                List<Long> mine = new ArrayList<>();
                for (int i = 0; i < 75; i++) {
                    mine.add(receiptNumbers.next());
                }
                return mine;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();
        long after = jdbc().queryForObject("select last_value from app_receipt_seq", Long.class);
        assertThat(all).hasSize(300).doesNotHaveDuplicates().allMatch(n -> n >= 1 && n <= after);
        // 300 numbers: six blocks, or seven when the block in use had already started
        assertThat((after - before) / ReceiptNumbers.BLOCK).isBetween(6L, 7L);
    }
}
