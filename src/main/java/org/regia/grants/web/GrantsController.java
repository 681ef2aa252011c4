package org.regia.grants.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.grants.Grant;
import org.regia.grants.GrantPartner;
import org.regia.grants.GrantService;
import org.regia.organisations.OrganisationService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The grants: list and detail with the beneficiaries' shares and where the grant comes from. */
@Controller
@PreAuthorize("hasAnyRole('FINANCE_OFFICER','PROGRAMME_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
class GrantsController {

    private final GrantService grants;
    private final OrganisationService organisations;

    GrantsController(GrantService grants, OrganisationService organisations) {
        this.grants = grants;
        this.organisations = organisations;
    }

    @GetMapping("/grants")
    String list(Model model) {
        List<Grant> list = grants.list();
        Map<UUID, String> names = new HashMap<>();
        list.forEach(g -> names.computeIfAbsent(g.getOrganisationId(), this::name));
        model.addAttribute("grants", list);
        model.addAttribute("names", names);
        model.addAttribute("total", GrantService.total(list));
        return "grants/list";
    }

    @GetMapping("/grants/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Grant grant = grants.get(id);
        List<GrantPartner> partners = grants.partners(id);
        Map<UUID, String> names = new HashMap<>();
        partners.forEach(p -> names.computeIfAbsent(p.getOrganisationId(), this::name));
        names.computeIfAbsent(grant.getOrganisationId(), this::name);
        model.addAttribute("grant", grant);
        model.addAttribute("partners", partners);
        model.addAttribute("names", names);
        return "grants/detail";
    }

    private String name(UUID organisationId) {
        return organisations.publishedFacts(organisationId).map(OrganisationService.PublishedFacts::legalName)
                .orElse(organisationId.toString());
    }
}
