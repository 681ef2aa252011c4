package org.regia.grants.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.regia.grants.AccountingPort;
import org.regia.grants.AgreementService;
import org.regia.grants.FinanceLedger;
import org.regia.grants.Grant;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Grants list and detail (agreement, sign-off, PDF, commitment) and the financial officer's payment queue. */
@Controller
@PreAuthorize("hasAnyRole('APPLICANT','PROGRAMME_OFFICER','FINANCE_OFFICER','CONTROL_OFFICER','ADMIN')")
class GrantsController {

    private final AgreementService agreements;
    private final FinanceLedger ledger;
    private final AccountingPort accounting;
    private final MessageSource messages;

    GrantsController(AgreementService agreements, FinanceLedger ledger, AccountingPort accounting, MessageSource messages) {
        this.agreements = agreements;
        this.ledger = ledger;
        this.accounting = accounting;
        this.messages = messages;
    }

    @GetMapping("/grants")
    String list(Model model) {
        model.addAttribute("grants", agreements.visible());
        return "grants/list";
    }

    @GetMapping("/grants/{id}")
    String detail(@PathVariable UUID id, Model model) {
        Grant grant = agreements.view(id);
        model.addAttribute("grant", grant);
        model.addAttribute("names", agreements.partyNames(grant));
        model.addAttribute("years", grant.amountsPerYear());
        model.addAttribute("trail", grant.signOffTrail());
        model.addAttribute("signatories", Grant.Signatory.values());
        return "grants/detail";
    }

    @PostMapping("/grants/{id}/sign")
    String sign(@PathVariable UUID id, @RequestParam Grant.Signatory signatory, RedirectAttributes flash, Locale locale) {
        try {
            agreements.sign(id, signatory);
            flash.addFlashAttribute("message", messages.getMessage("grants.signoff.done", null, locale));
        } catch (DomainException e) {
            flash.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/grants/" + id;
    }

    @PostMapping("/grants/{id}/commit")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String commit(@PathVariable UUID id, @RequestParam String budgetLine, @RequestParam(required = false) String overrideReason,
                  RedirectAttributes flash, Locale locale) {
        try {
            agreements.commitAgreement(id, budgetLine, overrideReason);
            flash.addFlashAttribute("message", messages.getMessage("grants.commit.done", null, locale));
        } catch (DomainException e) {
            flash.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/grants/" + id;
    }

    @GetMapping("/grants/{id}/agreement-{lang}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable String lang) {
        Locale locale = "nl".equals(lang) ? AgreementService.NL : AgreementService.FR;
        byte[] pdf = agreements.pdf(id, locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("agreement-" + lang + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    @GetMapping("/grants/payments")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String payments(Model model) {
        model.addAttribute("payments", ledger.queue());
        model.addAttribute("formats", accounting.formats());
        return "grants/payments";
    }

    @PostMapping("/grants/payments/{id}/approve")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String approve(@PathVariable UUID id, RedirectAttributes flash, Locale locale) {
        return act(() -> ledger.approve(id), "grants.payment.approved", flash, locale);
    }

    @PostMapping("/grants/payments/{id}/post")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String post(@PathVariable UUID id, RedirectAttributes flash, Locale locale) {
        return act(() -> ledger.post(id), "grants.payment.posted", flash, locale);
    }

    private String act(Runnable action, String done, RedirectAttributes flash, Locale locale) {
        try {
            action.run();
            flash.addFlashAttribute("message", messages.getMessage(done, null, locale));
        } catch (DomainException e) {
            flash.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        return "redirect:/grants/payments";
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
}
