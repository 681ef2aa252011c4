package org.regia.grants.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.math.BigDecimal;
import java.util.Locale;
import java.time.LocalDate;
import org.regia.grants.AccountingPort;
import org.regia.grants.AgreementService;
import org.regia.grants.FinanceLedger;
import org.regia.shared.ClockConfiguration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/**
 * The grants: list and detail with the beneficiaries' shares, where the grant comes from, its agreement (amounts per
 * year, payment and reporting schedules, sign-off trail, PDF in fr/nl), and for staff the ledger and payments; the
 * financial officer's payment queue with the payment-order export. Beneficiaries see and sign their own grants.
 */
@Controller
@PreAuthorize("hasAnyRole('APPLICANT','FINANCE_OFFICER','PROGRAMME_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
class GrantsController {

    private final GrantService grants;
    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final FinanceLedger ledger;
    private final AccountingPort accounting;
    private final MessageSource messages;

    GrantsController(GrantService grants, AgreementService agreements, OrganisationService organisations, FinanceLedger ledger,
                     AccountingPort accounting, MessageSource messages) {
        this.grants = grants;
        this.agreements = agreements;
        this.organisations = organisations;
        this.ledger = ledger;
        this.accounting = accounting;
        this.messages = messages;
    }

    @GetMapping("/grants")
    String list(Model model) {
        List<Grant> list = agreements.visible();
        Map<UUID, String> names = new HashMap<>();
        list.forEach(g -> names.computeIfAbsent(g.getOrganisationId(), this::name));
        model.addAttribute("grants", list);
        model.addAttribute("names", names);
        model.addAttribute("total", GrantService.total(list));
        return "grants/list";
    }

    @GetMapping("/grants/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Grant grant = agreements.view(id);
        List<GrantPartner> partners = agreements.partners(id);
        Map<UUID, String> names = new HashMap<>();
        partners.forEach(p -> names.computeIfAbsent(p.getOrganisationId(), this::name));
        names.computeIfAbsent(grant.getOrganisationId(), this::name);
        grant.allocations().forEach(a -> names.computeIfAbsent(a.organisationId(), this::name));
        model.addAttribute("grant", grant);
        model.addAttribute("partners", partners);
        model.addAttribute("names", names);
        model.addAttribute("trail", grant.signOffTrail());
        model.addAttribute("signatories", Grant.Signatory.values());
        model.addAttribute("signable", agreements.signableBy(grant));
        if (GrantService.isStaff()) {
            model.addAttribute("entries", ledger.entriesOf(id));
            model.addAttribute("payments", ledger.paymentsOf(id));
        }
        return "grants/detail";
    }

    @PostMapping("/grants/{id}/sign")
    String sign(@PathVariable UUID id, @RequestParam Grant.Signatory signatory, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, "/grants/" + id + "#agreement", () -> agreements.sign(id, signatory));
    }

    /** Commits every year of the agreement on one budget line (all years or none). */
    @PostMapping("/grants/{id}/commit")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String commitAgreement(@PathVariable UUID id, @RequestParam(defaultValue = "") String budgetLine,
                           @RequestParam(defaultValue = "") String overrideReason, RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, "/grants/" + id + "#ledger", () -> agreements.commitAgreement(id, budgetLine,
                overrideReason.isBlank() ? null : overrideReason));
    }

    @GetMapping("/grants/{id}/agreement-{lang}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable String lang) {
        Locale locale = "nl".equals(lang) ? AgreementService.NL : AgreementService.FR;
        byte[] pdf = agreements.pdf(id, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("agreement-" + lang + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    /** Payment orders posted between two dates (inclusive), for the accounting system. */
    @GetMapping("/grants/payments/orders.{format}")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    ResponseEntity<byte[]> orders(@PathVariable String format,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var orders = ledger.paymentOrders(from.atStartOfDay(ClockConfiguration.BRUSSELS).toInstant(),
                to.plusDays(1).atStartOfDay(ClockConfiguration.BRUSSELS).toInstant());
        byte[] body = accounting.export(orders, format);
        MediaType type = "xlsx".equals(format)
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("payment-orders." + format).build().toString())
                .contentType(type).body(body);
    }

    @PostMapping("/grants/{id}/commitments")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String commit(@PathVariable UUID id, @RequestParam(defaultValue = "") String budgetLine, @RequestParam(required = false) Integer year,
                  @RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String overrideReason,
                  RedirectAttributes redirect, Locale locale) {
        return act(redirect, locale, "/grants/" + id + "#ledger", () -> ledger.commit(id, budgetLine, year(year),
                money(amount), overrideReason.isBlank() ? null : overrideReason));
    }

    @PostMapping("/grants/{id}/payments")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','PROGRAMME_OFFICER','ADMIN')")
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
        model.addAttribute("formats", accounting.formats());
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
