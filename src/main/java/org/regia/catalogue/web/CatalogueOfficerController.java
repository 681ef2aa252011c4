package org.regia.catalogue.web;

import java.util.Locale;
import java.util.UUID;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueFilter;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.InstrumentKind;
import org.regia.catalogue.Programme;
import org.regia.catalogue.SupportNeed;
import org.regia.catalogue.Track;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;
import org.regia.shared.DomainException;
import org.regia.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officer pages: programmes and calls, their edits and the call life cycle. */
@Controller
@RequestMapping("/catalogue")
@PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
class CatalogueOfficerController {

    private final CatalogueService catalogue;
    private final MessageSource messages;

    CatalogueOfficerController(CatalogueService catalogue, MessageSource messages) {
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @ModelAttribute
    void enums(Model model) {
        model.addAttribute("phases", InnovationPhase.values());
        model.addAttribute("tracks", Track.values());
        model.addAttribute("domains", InnovationDomain.values());
        model.addAttribute("beneficiaryTypes", OrganisationType.values());
        model.addAttribute("sizeClasses", SizeClass.values());
        model.addAttribute("kinds", InstrumentKind.values());
        model.addAttribute("needs", SupportNeed.values());
        model.addAttribute("modes", CallMode.values());
    }

    @GetMapping
    String overview(Model model, Locale locale) {
        var calls = catalogue.allCalls();
        model.addAttribute("programmes", catalogue.search(
                new CatalogueFilter(null, null, null, null, null, null, null, true), locale));
        model.addAttribute("calls", calls);
        model.addAttribute("counts", catalogue.applicationCounts(calls));
        return "catalogue/officer/overview";
    }

    // ---- programmes ----

    @GetMapping("/programmes/new")
    String newProgramme(Model model) {
        model.addAttribute("form", new ProgrammeForm());
        return "catalogue/officer/programme-form";
    }

    @PostMapping("/programmes")
    String createProgramme(@ModelAttribute("form") ProgrammeForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "catalogue/officer/programme-form";
        }
        try {
            Programme p = catalogue.createProgramme(form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/public/catalogue/" + p.getCode();
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "catalogue/officer/programme-form";
        }
    }

    @GetMapping("/programmes/{id}/edit")
    String editProgramme(@PathVariable UUID id, Model model) {
        Programme p = catalogue.programme(id);
        model.addAttribute("programme", p);
        model.addAttribute("form", ProgrammeForm.of(p));
        return "catalogue/officer/programme-form";
    }

    @PostMapping("/programmes/{id}")
    String updateProgramme(@PathVariable UUID id, @ModelAttribute("form") ProgrammeForm form, BindingResult result,
                           Model model, RedirectAttributes redirect) {
        model.addAttribute("programme", catalogue.programme(id));
        if (result.hasErrors()) {
            return "catalogue/officer/programme-form";
        }
        try {
            catalogue.updateProgramme(id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/catalogue";
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "catalogue/officer/programme-form";
        }
    }

    @PostMapping("/programmes/{id}/active")
    String setActive(@PathVariable UUID id, @RequestParam boolean active) {
        catalogue.setProgrammeActive(id, active);
        return "redirect:/catalogue";
    }

    // ---- calls ----

    @GetMapping("/calls/new")
    String newCall(@RequestParam(required = false) UUID programme, Model model, Locale locale) {
        CallForm form = new CallForm();
        form.setProgrammeId(programme);
        model.addAttribute("form", form);
        model.addAttribute("activeProgrammes", catalogue.search(CatalogueFilter.none(), locale));
        return "catalogue/officer/call-form";
    }

    @PostMapping("/calls")
    String createCall(@ModelAttribute("form") CallForm form, BindingResult result, Model model, Locale locale,
                      RedirectAttributes redirect) {
        model.addAttribute("activeProgrammes", catalogue.search(CatalogueFilter.none(), locale));
        if (result.hasErrors()) {
            return "catalogue/officer/call-form";
        }
        try {
            Call call = catalogue.createCall(form.getProgrammeId(), form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/catalogue/calls/" + call.getId();
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "catalogue/officer/call-form";
        }
    }

    @GetMapping("/calls/{id}")
    String call(@PathVariable UUID id, Model model) {
        Call call = catalogue.call(id);
        model.addAttribute("call", call);
        model.addAttribute("applications", catalogue.applicationCount(id));
        model.addAttribute("open", call.isOpenAt(catalogue.now()));
        if (!model.containsAttribute("eo")) {
            EqualOpportunitiesForm eo = new EqualOpportunitiesForm();
            if (call.getEqualOpportunities() != null) {
                eo.setQuestions(call.getEqualOpportunities().questions());
                eo.setAnswers(call.getEqualOpportunities().answers());
            }
            model.addAttribute("eo", eo);
        }
        return "catalogue/officer/call";
    }

    @GetMapping("/calls/{id}/edit")
    String editCall(@PathVariable UUID id, Model model, Locale locale) {
        Call call = catalogue.call(id);
        model.addAttribute("call", call);
        model.addAttribute("form", CallForm.of(call));
        model.addAttribute("activeProgrammes", catalogue.search(CatalogueFilter.none(), locale));
        return "catalogue/officer/call-form";
    }

    @PostMapping("/calls/{id}")
    String updateCall(@PathVariable UUID id, @ModelAttribute("form") CallForm form, BindingResult result, Model model,
                      Locale locale, RedirectAttributes redirect) {
        model.addAttribute("call", catalogue.call(id));
        model.addAttribute("activeProgrammes", catalogue.search(CatalogueFilter.none(), locale));
        if (result.hasErrors()) {
            return "catalogue/officer/call-form";
        }
        try {
            catalogue.updateCall(id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/catalogue/calls/" + id;
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "catalogue/officer/call-form";
        }
    }

    @PostMapping("/calls/{id}/state")
    String move(@PathVariable UUID id, @RequestParam CallState target, Locale locale, RedirectAttributes redirect) {
        try {
            catalogue.moveCall(id, target);
            redirect.addFlashAttribute("moved", target);
        } catch (DomainException e) {
            redirect.addFlashAttribute("transitionError",
                    messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
            redirect.addFlashAttribute("transitionField", e.field());
        }
        return "redirect:/catalogue/calls/" + id;
    }

    @PostMapping("/calls/{id}/equal-opportunities")
    String equalOpportunities(@PathVariable UUID id, @ModelAttribute("eo") EqualOpportunitiesForm eo,
                              BindingResult result, Model model, RedirectAttributes redirect) {
        try {
            catalogue.recordEqualOpportunitiesTest(id, eo.getQuestions(), eo.getAnswers());
            redirect.addFlashAttribute("eoSaved", true);
            return "redirect:/catalogue/calls/" + id;
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return call(id, model);
        }
    }
}
