package org.regia.organisations.web;

import jakarta.validation.Valid;
import java.util.UUID;
import org.regia.organisations.AffiliationRole;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.YearFigures;
import org.regia.shared.DomainException;
import org.regia.shared.web.FormErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

@Controller
@RequestMapping("/organisations")
class OrganisationController {

    private final OrganisationService organisations;

    OrganisationController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute("types")
    OrganisationType[] types() {
        return OrganisationType.values();
    }

    @ModelAttribute("affiliationRoles")
    AffiliationRole[] affiliationRoles() {
        return AffiliationRole.values();
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", organisations.search(q, PageRequest.of(Math.max(page, 0), 20, Sort.by("legalName"))));
        return "organisations/list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", new OrganisationForm());
        return "organisations/form";
    }

    /** htmx: fills the form from the company register, or says at the field why it cannot. */
    @PostMapping("/lookup")
    String lookup(@ModelAttribute("form") OrganisationForm form, BindingResult result, Model model) {
        try {
            organisations.lookup(form.getEnterpriseNumber()).ifPresentOrElse(r -> {
                form.setEnterpriseNumber(r.enterpriseNumber().formatted());
                form.setLegalName(r.legalName());
                form.setShortName(r.shortName());
                form.setType(r.type());
                form.setStreet(r.street());
                form.setPostcode(r.postcode());
                form.setMunicipality(r.municipality());
                form.setNaceCode(r.naceCode());
                form.setCountry("BE");
                model.addAttribute("lookup", "found");
            }, () -> model.addAttribute("lookup", "notFound"));
        } catch (DomainException e) {
            FormErrors.reject(result, e);
        }
        return "organisations/form :: fields";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "organisations/form";
        }
        try {
            Organisation org = organisations.create(form.toDetails());
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organisations/" + org.getId();
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "organisations/form";
        }
    }

    @GetMapping("/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Organisation org = organisations.get(id);
        model.addAttribute("org", org);
        model.addAttribute("affiliations", organisations.affiliations(id));
        model.addAttribute("canEdit", organisations.canEdit(id));
        if (!model.containsAttribute("figures")) {
            model.addAttribute("figures", new FiguresForm());
        }
        if (!model.containsAttribute("person")) {
            model.addAttribute("person", new PersonForm());
        }
        return "organisations/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable UUID id, Model model) {
        Organisation org = organisations.get(id);
        model.addAttribute("org", org);
        model.addAttribute("form", OrganisationForm.of(org));
        return "organisations/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("org", organisations.get(id));
        if (result.hasErrors()) {
            return "organisations/form";
        }
        try {
            organisations.update(id, form.getVersion(), form.toDetails());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "organisations/form";
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("error.concurrentEdit");
            return "organisations/form";
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/{id}/figures")
    String figures(@PathVariable UUID id, @Valid @ModelAttribute("figures") FiguresForm form, BindingResult result,
                   Model model) {
        if (!result.hasErrors()) {
            try {
                organisations.recordFigures(id, new YearFigures(form.getYear(), form.getStaff(), form.getTurnover(), form.getBalanceSheet()));
                return "redirect:/organisations/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return detail(id, model);
    }

    @PostMapping("/{id}/people")
    String addPerson(@PathVariable UUID id, @Valid @ModelAttribute("person") PersonForm form, BindingResult result,
                     Model model) {
        if (!result.hasErrors()) {
            try {
                organisations.addPerson(id, form.getFullName(), form.getEmail(), form.getRole());
                return "redirect:/organisations/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return detail(id, model);
    }
}
