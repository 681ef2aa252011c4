package org.regia.evaluation.web;

import org.regia.catalogue.InnovationDomain;
import org.regia.evaluation.Expert;
import org.regia.evaluation.ExpertRefused;
import org.regia.evaluation.ExpertService;
import org.regia.evaluation.Gender;
import org.regia.shared.DomainException;
import org.regia.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The expert's own profile: expertise keywords, strategic domains, languages, organisation and past organisations,
 * declared relationships, availability and maximum load; every refused input next to its field; the history of the
 * profile's changes.
 */
@Controller
@PreAuthorize("hasRole('EXPERT')")
class ExpertProfileController {

    private final ExpertService experts;

    ExpertProfileController(ExpertService experts) {
        this.experts = experts;
    }

    @GetMapping("/evaluation/profile")
    String profile(Model model) {
        Expert me = experts.mine();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ProfileForm.of(me.details(), me.getVersion()));
        }
        return page(me, model);
    }

    @PostMapping("/evaluation/profile")
    String save(@ModelAttribute("form") ProfileForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Expert me = experts.mine();
        if (!result.hasErrors()) {
            try {
                experts.updateMine(form.getVersion(), form.details());
                redirect.addFlashAttribute("profileSaved", true);
                return "redirect:/evaluation/profile";
            } catch (ExpertRefused e) {
                e.errors().forEach(x -> FormErrors.reject(result, x));
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(me, model);
    }

    private String page(Expert me, Model model) {
        model.addAttribute("expert", me);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("domainOptions", InnovationDomain.values());
        model.addAttribute("history", experts.myHistory(me.getId()));
        return "evaluation/profile";
    }
}
