package org.regia.grants.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.math.BigDecimal;
import java.util.Locale;
import org.regia.grants.FinanceLedger;
import org.regia.grants.Grant;
import org.regia.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
    private final FinanceLedger ledger;
    private final MessageSource messages;

    GrantsController(GrantService grants, OrganisationService organisations, FinanceLedger ledger, MessageSource messages) {
        this.grants = grants;
        this.organisations = organisations;
        this.ledger = ledger;
        this.messages = messages;
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
        model.addAttribute("entries", ledger.entriesOf(id));
        model.addAttribute("payments", ledger.paymentsOf(id));
        return "grants/detail";
    }

    @PostMapping("/grants/{id}/commitments")
    String commit(@PathVariable UUID id, @RequestParam(defaultValue = "") String budgetLine, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String overrideReason,
                  RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, "/grants/" + id + "#ledger", () -> ledger.commit(id, budgetLine, year(year),
                money(amount), overrideReason.isBlank() ? null : overrideReason));
    }

    @PostMapping("/grants/{id}/payments")
    String requestPayment(@PathVariable UUID id, @RequestParam(defaultValue = "") String budgetLine,
                          @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String amount,
                          @RequestParam(defaultValue = "") String purpose, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, "/grants/" + id + "#payments",
                () -> ledger.requestPayment(id, budgetLine, year(year), money(amount), purpose));
    }

    @GetMapping("/grants/payments")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String queue(Model model) {
        var queue = ledger.paymentQueue();
        Map<UUID, String> references = new HashMap<>();
        queue.forEach(p -> references.computeIfAbsent(p.getGrantId(), g -> grants.get(g).getReference()));
        model.addAttribute("payments", queue);
        model.addAttribute("references", references);
        return "grants/payments";
    }

    @PostMapping("/grants/payments/{paymentId}/approve")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String approve(@PathVariable UUID paymentId, @RequestParam(defaultValue = "/grants/payments") String back,
                   RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, safe(back), () -> ledger.approve(paymentId));
    }

    @PostMapping("/grants/payments/{paymentId}/post")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String post(@PathVariable UUID paymentId, @RequestParam(defaultValue = "/grants/payments") String back,
                RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, safe(back), () -> ledger.post(paymentId));
    }

    @PostMapping("/grants/credits")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String credit(@RequestParam(defaultValue = "") String budgetLine, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "") String amount, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, "/grants/payments", () -> ledger.addCredit(budgetLine, year(year), money(amount)));
    }

    /** Only local paths are followed back (no open redirect). */
    private static String safe(String back) {
        return back.startsWith("/grants") ? back : "/grants/payments";
    }

    private String act(RedirectAttributes redirect, Locale locale, String back, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        return "redirect:" + back;
    }

    private static int year(Integer year) {
        if (year == null) {
            throw DomainException.onField("year", "grants.year.required");
        }
        return year;
    }

    /** Euros with a decimal comma or point and no thousands separator ("1.344" would be ambiguous). */
    private static BigDecimal money(String text) {
        String t = text.strip().replace(" ", "");
        if (!t.matches("\\d+([.,]\\d{1,2})?")) {
            throw DomainException.onField("amount", "grants.amount.format", text);
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    private String name(UUID organisationId) {
        return organisations.publishedFacts(organisationId).map(OrganisationService.PublishedFacts::legalName)
                .orElse(organisationId.toString());
    }
}
