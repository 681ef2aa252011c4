package org.regia.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.regia.applications.web.EditorForm;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallDetails;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueService;
import org.regia.identity.Role;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.shared.DomainException;
import org.regia.shared.LocalizedText;
import org.regia.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 4 items 1 and 2: officers copy a form into a draft, get every design problem at its input (duplicate key,
 * missing translation, condition on an unknown field) with nothing saved, publish the next version and pin it on a
 * call that has not opened (never on an open one); a submitted application keeps its version. The applicant's
 * draft autosaves in the background and a stale autosave shows the conflict and overwrites nothing.
 */
class FormEditorAndAutosaveTest extends IntegrationTest {

    static final String OFFICER = "officer@regia.example";
    static final String ANN = "ann@hydro.example";

    @Autowired MockMvc mvc;
    @Autowired FormService forms;
    @Autowired CatalogueService catalogue;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationService applications;
    @Autowired BudgetService budgets;
    @Autowired AttachmentService attachments;
    @Autowired SubmissionService submissions;

    /** The default form with field 1.2 (summary) given the key of 1.1, no Dutch label, and a condition on "nope". */
    static String badDefinition() {
        return DefaultForm.JSON.replace("\"key\": \"summary\"", "\"key\": \"acronym\"")
                .replace("\"nl\": \"Beoogd technologisch maturiteitsniveau (TRL)\", ", "")
                .replace("\"visibleIf\": {\"field\": \"genderDimension\"", "\"visibleIf\": {\"field\": \"nope\"");
    }

    @Test
    void theDesignCheckFindsEveryProblemAtItsPath() {
        List<FieldError> errors = FormDesign.check(FormSchema.JSON.readTree(badDefinition()));
        assertThat(errors).extracting(FieldError::path, FieldError::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("sections[0].fields[1].key", "applications.design.duplicateKey"),
                org.assertj.core.groups.Tuple.tuple("sections[0].fields[2].label.nl", "applications.design.labelMissing"),
                org.assertj.core.groups.Tuple.tuple("sections[1].fields[2].visibleIf.field", "applications.design.unknownConditionField"));
        assertThat(FormDesign.check(FormSchema.JSON.readTree(DefaultForm.JSON))).isEmpty();
        // a condition may only refer to a field declared before it at the same level
        String forward = "{\"sections\":[{\"key\":\"a\",\"title\":{\"fr\":\"A\",\"nl\":\"A\",\"en\":\"A\"},\"fields\":["
                + "{\"key\":\"x\",\"type\":\"text\",\"label\":{\"fr\":\"X\",\"nl\":\"X\",\"en\":\"X\"},\"visibleIf\":{\"field\":\"y\",\"equals\":true}},"
                + "{\"key\":\"y\",\"type\":\"boolean\",\"maxLength\":5,\"label\":{\"fr\":\"Y\",\"nl\":\"Y\",\"en\":\"Y\"}},"
                + "{\"key\":\"c\",\"type\":\"choice\",\"label\":{\"fr\":\"C\",\"nl\":\"C\",\"en\":\"C\"}}]}]}";
        assertThat(FormDesign.check(FormSchema.JSON.readTree(forward))).extracting(FieldError::messageKey).containsExactly(
                "applications.design.unknownConditionField", "applications.design.maxLengthOnlyText", "applications.design.noOptions");
    }

    @Test
    void anInvalidDraftIsRefusedWithEveryProblemAndNothingIsSaved() {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        actAs(OFFICER);
        Call call = ApplicationFixture.openCall(catalogue, "rd-projects", catalogue.now().plusSeconds(86_400));
        FormDraft d = forms.copyCallForm(call.getId());
        assertThat(d.getCode()).isEqualTo(FormService.DEFAULT_CODE);
        assertThatThrownBy(() -> forms.saveDraft(d.getId(), d.getVersion(), d.getCode(), badDefinition()))
                .isInstanceOfSatisfying(FormDesignRefused.class, e -> assertThat(e.errors()).hasSize(3));
        assertThatThrownBy(() -> forms.saveDraft(d.getId(), d.getVersion(), "Bad Code!", d.getDefinition()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("code"));
        assertThat(forms.draft(d.getId()).getDefinition()).isEqualTo(DefaultForm.JSON);
        // a stale editor cannot overwrite another officer's save
        FormDraft saved = forms.saveDraft(d.getId(), d.getVersion(), "rd-2027", d.getDefinition());
        assertThat(saved.getCode()).isEqualTo("rd-2027");
        assertThatThrownBy(() -> forms.saveDraft(d.getId(), d.getVersion(), "rd-2028", d.getDefinition()))
                .hasMessageContaining("applications.design.conflict");
    }

    @Test
    void theEditorShowsEachErrorAtItsFieldAndStructuralButtonsDoNotSave() throws Exception {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        createUser(ANN, Role.APPLICANT);
        actAs(OFFICER);
        Call call = ApplicationFixture.openCall(catalogue, "rd-projects", catalogue.now().plusSeconds(86_400));
        var officer = user(accounts.loadUserByUsername(OFFICER));
        String location = mvc.perform(post("/officer/forms/drafts").with(officer).with(csrf()).param("callId", call.getId().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        actAs(OFFICER);
        FormDraft d = forms.drafts().get(0);
        assertThat(location).isEqualTo("/officer/forms/drafts/" + d.getId());
        mvc.perform(get(location).with(officer).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"acronym\"")))
                .andExpect(content().string(containsString("Label (NL)")));

        MockHttpServletRequestBuilder bad = post(location).with(officer).with(csrf()).locale(Locale.ENGLISH);
        fill(bad, EditorForm.of(d.getCode(), d.getVersion(), badDefinition()));
        mvc.perform(bad.param("action", "save")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sections-0-fields-1-key-error\"")))
                .andExpect(content().string(containsString("The key acronym is already used in this form.")))
                .andExpect(content().string(containsString("id=\"sections-0-fields-2-label-nl-error\"")))
                .andExpect(content().string(containsString("The text in nl is missing.")))
                .andExpect(content().string(containsString("id=\"sections-1-fields-2-visibleIf-field-error\"")))
                .andExpect(content().string(containsString("unknown field nope")));
        actAs(OFFICER);
        assertThat(forms.draft(d.getId()).getDefinition()).isEqualTo(DefaultForm.JSON);

        // "add a field" shows an empty field 1.6 but saves nothing
        MockHttpServletRequestBuilder add = post(location).with(officer).with(csrf()).locale(Locale.ENGLISH);
        fill(add, EditorForm.of(d.getCode(), d.getVersion(), d.getDefinition()));
        mvc.perform(add.param("action", "addField:0")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Field 1.6")))
                .andExpect(content().string(not(containsString("Field 1.7"))));
        actAs(OFFICER);
        assertThat(forms.draft(d.getId()).getDefinition()).isEqualTo(DefaultForm.JSON);

        // applicants may not use the editor
        mvc.perform(get("/officer/forms").with(user(accounts.loadUserByUsername(ANN)))).andExpect(status().isForbidden());
    }

    /**
     * docs/applications.md "Not done yet": the editor moves sections, fields (also across sections) and a group's fields
     * up and down with plain submit buttons (no script); a move is shown at once and saved only with the next save,
     * which checks the new order (a condition must come after the field it depends on).
     */
    @Test
    void moveButtonsReorderSectionsFieldsAndGroupFieldsAndSaveOnlyWithTheNextSave() throws Exception {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        actAs(OFFICER);
        Call call = ApplicationFixture.openCall(catalogue, "rd-projects", catalogue.now().plusSeconds(86_400));
        var officer = user(accounts.loadUserByUsername(OFFICER));
        String location = mvc.perform(post("/officer/forms/drafts").with(officer).with(csrf()).param("callId", call.getId().toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        actAs(OFFICER);
        FormDraft d = forms.drafts().get(0);

        // the page offers a move only where there is a place to go, each button named after its field
        String page = mvc.perform(get(location).with(officer).locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(">Move field 1.2 up<", ">Move field 1.1 down<", ">Move field 2.1 up<", ">Move field 1.5 down<",
                        ">Move section 2 up<", ">Move section 1 down<", ">Move field 2.4.1 down<", ">Move field 2.4.2 up<")
                .doesNotContain(">Move field 1.1 up<", ">Move field 3.2 down<", ">Move section 1 up<", ">Move section 3 down<",
                        ">Move field 2.4.1 up<", ">Move field 2.4.2 down<")
                .doesNotContain("<script>");

        record Move(String action, List<String> expected) {
        }
        List<Move> moves = List.of(
                new Move("moveFieldDown:0:0", List.of("sections[0].fields[0].key\" value=\"summary", "sections[0].fields[1].key\" value=\"acronym")),
                new Move("moveSectionUp:1", List.of("sections[0].key\" value=\"impact", "sections[1].key\" value=\"project")),
                new Move("moveSectionDown:0", List.of("sections[0].key\" value=\"impact", "sections[1].key\" value=\"project")),
                // the first field of a section goes to the end of the previous one, the last one to the start of the next
                new Move("moveFieldUp:1:0", List.of("sections[0].fields[5].key\" value=\"regionalImpact", "sections[1].fields[0].key\" value=\"genderDimension")),
                new Move("moveFieldDown:0:4", List.of("sections[1].fields[0].key\" value=\"domain", "sections[1].fields[1].key\" value=\"regionalImpact")),
                new Move("moveSubFieldDown:1:3:0", List.of("sections[1].fields[3].fields[0].key\" value=\"months", "sections[1].fields[3].fields[1].key\" value=\"title")),
                // at either end of the form nothing moves
                new Move("moveFieldUp:0:0", List.of("sections[0].fields[0].key\" value=\"acronym", "sections[2].fields[1].key\" value=\"financialPlan")),
                new Move("moveSectionDown:2", List.of("sections[2].key\" value=\"annexes")));
        for (Move m : moves) {
            MockHttpServletRequestBuilder req = post(location).with(officer).with(csrf()).locale(Locale.ENGLISH);
            fill(req, EditorForm.of(d.getCode(), d.getVersion(), d.getDefinition()));
            String html = mvc.perform(req.param("action", m.action())).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).as(m.action()).contains("id=\"design-unsaved\"");
            for (String e : m.expected()) {
                assertThat(html).as(m.action()).contains("name=\"" + e + "\"");
            }
        }
        actAs(OFFICER);
        assertThat(forms.draft(d.getId()).getDefinition()).isEqualTo(DefaultForm.JSON);

        // saving the moved form keeps the new order
        EditorForm moved = EditorForm.of(d.getCode(), d.getVersion(), d.getDefinition());
        java.util.Collections.swap(moved.getSections(), 0, 1);
        java.util.Collections.swap(moved.getSections().get(1).getFields(), 0, 1);
        java.util.Collections.swap(moved.getSections().get(0).getFields().get(3).getFields(), 0, 1);
        MockHttpServletRequestBuilder save = post(location).with(officer).with(csrf()).locale(Locale.ENGLISH);
        fill(save, moved);
        mvc.perform(save.param("action", "save")).andExpect(status().is3xxRedirection());
        actAs(OFFICER);
        FormSchema schema = forms.draft(d.getId()).schema();
        assertThat(schema.sections()).extracting(FormSchema.Section::key).containsExactly("impact", "project", "annexes");
        assertThat(schema.sections().get(1).fields()).extracting(FormSchema.Field::key)
                .containsExactly("summary", "acronym", "trl", "startDate", "domain");
        assertThat(schema.sections().get(0).fields().get(3).fields()).extracting(FormSchema.Field::key).containsExactly("months", "title");

        // a move that puts a condition before the field it depends on is refused at save, with the reason, nothing saved
        FormDraft saved = forms.draft(d.getId());
        EditorForm broken = EditorForm.of(saved.getCode(), saved.getVersion(), saved.getDefinition());
        java.util.Collections.swap(broken.getSections().get(0).getFields(), 1, 2); // genderExplanation above genderDimension
        MockHttpServletRequestBuilder bad = post(location).with(officer).with(csrf()).locale(Locale.ENGLISH);
        fill(bad, broken);
        mvc.perform(bad.param("action", "save")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sections-0-fields-1-visibleIf-field-error\"")))
                .andExpect(content().string(containsString("The condition refers to an unknown field genderDimension (it must be declared before, at the same level).")));
        actAs(OFFICER);
        assertThat(forms.draft(d.getId()).getDefinition()).isEqualTo(saved.getDefinition());
    }

    /** Posts an editor form as the browser would (every property as a request parameter). */
    static void fill(MockHttpServletRequestBuilder req, EditorForm f) {
        req.param("code", f.getCode()).param("version", String.valueOf(f.getVersion()));
        for (int i = 0; i < f.getSections().size(); i++) {
            EditorForm.Section s = f.getSections().get(i);
            String sp = "sections[" + i + "]";
            param(req, sp + ".key", s.getKey());
            param(req, sp + ".title.fr", s.getTitle().getFr());
            param(req, sp + ".title.nl", s.getTitle().getNl());
            param(req, sp + ".title.en", s.getTitle().getEn());
            fields(req, sp, s.getFields());
        }
    }

    private static void fields(MockHttpServletRequestBuilder req, String prefix, List<EditorForm.Field> fields) {
        for (int j = 0; j < fields.size(); j++) {
            EditorForm.Field x = fields.get(j);
            String p = prefix + ".fields[" + j + "]";
            param(req, p + ".key", x.getKey());
            param(req, p + ".type", x.getType());
            param(req, p + ".label.fr", x.getLabel().getFr());
            param(req, p + ".label.nl", x.getLabel().getNl());
            param(req, p + ".label.en", x.getLabel().getEn());
            if (x.isRequired()) {
                req.param(p + ".required", "true");
            }
            param(req, p + ".maxLength", x.getMaxLength());
            param(req, p + ".min", x.getMin());
            param(req, p + ".max", x.getMax());
            param(req, p + ".options", x.getOptions());
            param(req, p + ".visibleIf.field", x.getVisibleIf().getField());
            param(req, p + ".visibleIf.equals", x.getVisibleIf().getEquals());
            param(req, p + ".minItems", x.getMinItems());
            param(req, p + ".maxItems", x.getMaxItems());
            fields(req, p, x.getFields());
        }
    }

    private static void param(MockHttpServletRequestBuilder req, String name, String value) {
        req.param(name, value == null ? "" : value);
    }

    @Test
    void aPublishedVersionIsPinnedOnlyBeforeOpeningAndASubmittedApplicationKeepsItsVersion() throws Exception {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        createUser(ANN, Role.APPLICANT);
        actAs(OFFICER);
        Call open = ApplicationFixture.openCall(catalogue, "rd-projects", catalogue.now().plusSeconds(86_400));
        Call next = catalogue.createCall(catalogue.programmeByCode("rd-projects").getId(), new CallDetails(
                LocalizedText.of("Appel R&D 2027", "Oproep O&O 2027"), null, CallMode.DEADLINE,
                catalogue.now().plusSeconds(30 * 86_400), catalogue.now().plusSeconds(90 * 86_400), 1,
                new BigDecimal("20000"), null, "Critères R&D 2027", List.of()));
        catalogue.moveCall(next.getId(), CallState.PUBLISHED);

        // Ann submits under version 1 of the standard form
        actAs(ANN);
        Organisation hydro = ApplicationFixture.organisation(organisations, "Hydro SRL", OrganisationType.COMPANY, "07112233", 20, 3_000_000);
        Application a = applications.create(open.getId(), hydro.getId(), "Hydrogen buses");
        a = applications.save(a.getId(), a.getVersion(), null, ApplicationFixture.completeForm(), ApplicationFixture.noEthicsIssue());
        Partner coord = a.coordinator();
        budgets.saveBudget(a.getId(), coord.getId(), coord.getVersion(), BigDecimal.TEN, ApplicationFixture.budget("100000"));
        attachments.upload(a.getId(), "projectDescription", "description.pdf", ApplicationFixture.PDF.getBytes(StandardCharsets.US_ASCII));
        Submission sub = submissions.submit(a.getId(), "k-1");
        java.util.UUID v1 = a.getFormId();

        // the officer renames the acronym field's English label in a copy and publishes it through the editor
        actAs(OFFICER);
        var officer = user(accounts.loadUserByUsername(OFFICER));
        FormDraft d = forms.copyToDraft(v1);
        EditorForm edited = EditorForm.of(d.getCode(), d.getVersion(), d.getDefinition());
        edited.getSections().get(0).getFields().get(0).getLabel().setEn("Short project name");
        MockHttpServletRequestBuilder publish = post("/officer/forms/drafts/{id}", d.getId()).with(officer).with(csrf());
        fill(publish, edited);
        String location = mvc.perform(publish.param("action", "publish")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        actAs(OFFICER);
        FormDefinition v2 = forms.all().stream().filter(f -> f.getVersion() == 2).findFirst().orElseThrow();
        assertThat(location).isEqualTo("/officer/forms/" + v2.getId());
        assertThat(v2.schema().field("acronym").orElseThrow().label().en()).isEqualTo("Short project name");
        assertThat(forms.drafts()).isEmpty();
        mvc.perform(get(location).with(officer).param("in", "nl").locale(Locale.ENGLISH)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Acroniem")))
                .andExpect(content().string(containsString("Appel R&amp;D 2027")));
        mvc.perform(get(location).with(officer).param("in", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Short project name")));

        // pinned on the call that opens next month; refused on the open call (its applications keep their form)
        mvc.perform(post(location + "/pin").with(officer).with(csrf()).param("callId", next.getId().toString()).param("maxAttachmentMb", "5"))
                .andExpect(status().is3xxRedirection());
        actAs(OFFICER);
        assertThat(forms.pinnedForm(next.getId())).contains(v2.getId());
        assertThatThrownBy(() -> forms.pin(open.getId(), v2.getId(), 5L * 1024 * 1024))
                .hasMessageContaining("applications.design.callAlreadyOpen");
        assertThat(forms.pinnedForm(open.getId())).contains(v1);

        // the submitted application and its snapshot keep version 1
        actAs(ANN);
        assertThat(applications.get(a.getId()).getFormId()).isEqualTo(v1);
        assertThat(submissions.submissionOf(a.getId()).orElseThrow().getFormId()).isEqualTo(v1).isEqualTo(sub.getFormId());
        mvc.perform(get("/applications/{id}", a.getId()).with(user(accounts.loadUserByUsername(ANN))).locale(Locale.ENGLISH))
                .andExpect(status().isOk()).andExpect(content().string(containsString(">Acronym<")))
                .andExpect(content().string(not(containsString("Short project name"))));
    }

    @Test
    void theDraftAutosavesAndAStaleAutosaveShowsTheConflictWithoutOverwriting() throws Exception {
        createUser(OFFICER, Role.PROGRAMME_OFFICER);
        createUser(ANN, Role.APPLICANT);
        actAs(OFFICER);
        Call call = ApplicationFixture.openCall(catalogue, "rd-projects", catalogue.now().plusSeconds(86_400));
        actAs(ANN);
        Organisation hydro = ApplicationFixture.organisation(organisations, "Hydro SRL", OrganisationType.COMPANY, "07112233", 20, 3_000_000);
        Application a = applications.create(call.getId(), hydro.getId(), "Hydrogen buses");
        var ann = user(accounts.loadUserByUsername(ANN));

        mvc.perform(get("/applications/{id}", a.getId()).with(ann)).andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-post=\"/applications/" + a.getId() + "/autosave\"")))
                .andExpect(content().string(containsString("id=\"autosave-status\"")));

        String saved = mvc.perform(post("/applications/{id}/autosave", a.getId()).with(ann).with(csrf()).locale(Locale.ENGLISH)
                        .header("HX-Request", "true").param("version", String.valueOf(a.getVersion()))
                        .param("title", "Hydrogen buses").param("acronym", "HYDRO"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Saved at ")))
                .andReturn().getResponse().getContentAsString();
        actAs(ANN);
        Application after = applications.get(a.getId());
        assertThat(after.getFormData()).contains("\"acronym\":\"HYDRO\"");
        assertThat(saved).contains("hx-swap-oob=\"true\"").contains("value=\"" + after.getVersion() + "\"");

        // someone else's version is newer: the stale autosave says so and changes nothing
        mvc.perform(post("/applications/{id}/autosave", a.getId()).with(ann).with(csrf()).locale(Locale.ENGLISH)
                        .param("version", String.valueOf(a.getVersion())).param("title", "Hydrogen buses").param("acronym", "STALE"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else saved this application")))
                .andExpect(content().string(not(containsString("hx-swap-oob"))));
        // bad input (a title of 300 characters) is refused with its message
        mvc.perform(post("/applications/{id}/autosave", a.getId()).with(ann).with(csrf()).locale(Locale.ENGLISH)
                        .param("version", String.valueOf(after.getVersion())).param("title", "x".repeat(300)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("role=\"alert\"")));
        actAs(ANN);
        Application unchanged = applications.get(a.getId());
        assertThat(unchanged.getFormData()).contains("\"acronym\":\"HYDRO\"");
        assertThat(unchanged.getTitle()).isEqualTo("Hydrogen buses");
        assertThat(unchanged.getVersion()).isEqualTo(after.getVersion());
    }
}
