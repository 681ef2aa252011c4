package org.regia.portal;

import java.util.Set;
import java.util.stream.Collectors;
import org.regia.identity.CurrentUser;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final OrganisationService organisations;

    HomeController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/")
    String landing() {
        return CurrentUser.get().isPresent() ? "redirect:/home" : "portal/landing";
    }

    /** One home page; each role sees its own panels. */
    @GetMapping("/home")
    String home(Model model) {
        Set<String> roles = java.util.Arrays.stream(Role.values()).filter(CurrentUser::hasRole).map(Role::name)
                .collect(Collectors.toSet());
        model.addAttribute("roles", roles);
        model.addAttribute("account", CurrentUser.get().orElseThrow());
        if (roles.contains(Role.APPLICANT.name())) {
            model.addAttribute("myOrganisations", organisations.search("", PageRequest.of(0, 50, Sort.by("legalName"))).getContent());
        }
        model.addAttribute("organisationCount", organisations.count());
        return "portal/home";
    }
}
