package org.regia.grants.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.regia.grants.GrantReport;
import org.regia.grants.RecoveryService;
import org.regia.grants.ReportService;
import org.regia.grants.ScheduledPayments;
import org.regia.organisations.OrganisationService;
import org.regia.shared.DomainException;
import org.regia.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reports on grants (the beneficiary submits, the programme and financial officers check; rejected reports come back
 * and are submitted again), the overdue list, the payments of the agreement's schedule and the recoveries (debit notes
 * and repayments).
 */
@Controller
@PreAuthorize("hasAnyRole('APPLICANT','FINANCE_OFFICER','PROGRAMME_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
class ReportsController {

    /** The amounts of a claim (or of the accepted costs) as typed, one field per category, plus the texts. */
    public static class ReportForm {
        private String scientificText = "";
        private String personnel = "";
        private String subcontracting = "";
        private String equipment = "";
        private String otherDirect = "";
        private String overheads = "";
        private String comment = "";

        public String getScientificText() { return scientificText; }
        public void setScientificText(String v) { scientificText = v; }
        public String getPersonnel() { return personnel; }
        public void setPersonnel(String v) { personnel = v; }
        public String getSubcontracting() { return subcontracting; }
        public void setSubcontracting(String v) { subcontracting = v; }
        public String getEquipment() { return equipment; }
        public void setEquipment(String v) { equipment = v; }
        public String getOtherDirect() { return otherDirect; }
        public void setOtherDirect(String v) { otherDirect = v; }
        public String getOverheads() { return overheads; }
        public void setOverheads(String v) { overheads = v; }
        public String getComment() { return comment; }
        public void setComment(String v) { comment = v; }

        String get(GrantReport.Category c) {
            return switch (c) {
                case PERSONNEL -> personnel;
                case SUBCONTRACTING -> subcontracting;
                case EQUIPMENT -> equipment;
                case OTHER_DIRECT -> otherDirect;
                case OVERHEADS -> overheads;
            };
        }

        void set(GrantReport.Category c, BigDecimal v) {
            String text = v == null ? "" : v.toPlainString();
            switch (c) {
                case PERSONNEL -> personnel = text;
                case SUBCONTRACTING -> subcontracting = text;
                case EQUIPMENT -> equipment = text;
                case OTHER_DIRECT -> otherDirect = text;
                case OVERHEADS -> overheads = text;
            }
        }

        /** The amounts per category; unreadable ones are rejected at their field (then null is returned). */
        Map<GrantReport.Category, BigDecimal> amounts(BindingResult result) {
            Map<GrantReport.Category, BigDecimal> out = new EnumMap<>(GrantReport.Category.class);
            for (GrantReport.Category c : GrantReport.Category.values()) {
                String t = get(c) == null ? "" : get(c).replaceAll("[\\s\\u00a0]", "");
                if (t.isEmpty()) {
                    result.rejectValue(c.field(), "grants.report.amountRequired");
                } else if (!t.matches("-?\\d+([.,]\\d+)?")) {
                    result.rejectValue(c.field(), "grants.report.amountFormat", new Object[] {get(c)}, null);
                } else {
                    out.put(c, new BigDecimal(t.replace(',', '.')));
                }
            }
            return result.hasErrors() ? null : out;
        }
    }

    private final ReportService reports;
    private final ScheduledPayments schedule;
    private final RecoveryService recoveries;
    private final OrganisationService organisations;
    private final MessageSource messages;

    ReportsController(ReportService reports, ScheduledPayments schedule, RecoveryService recoveries,
                      OrganisationService organisations, MessageSource messages) {
        this.reports = reports;
        this.schedule = schedule;
        this.recoveries = recoveries;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/grants/{id}/reports/{no}")
    String report(@PathVariable UUID id, @PathVariable int no, Model model) {
        ReportService.ReportView view = reports.report(id, no);
        ReportForm form = new ReportForm();
        ReportForm check = new ReportForm();
        GrantReport latest = view.status().latest();
        if (latest != null) {
            form.setScientificText(latest.getScientificText());
            latest.claimed().forEach(form::set);
            latest.claimed().forEach(check::set);
        }
        return page(view, form, check, model);
    }

    private String page(ReportService.ReportView view, ReportForm form, ReportForm check, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("grant", view.grant());
        model.addAttribute("categories", GrantReport.Category.values());
        model.addAttribute("beneficiary", organisations.publishedFacts(view.grant().getOrganisationId())
                .map(OrganisationService.PublishedFacts::legalName).orElse(""));
        model.addAttribute("form", form);
        model.addAttribute("check", check);
        return "grants/report";
    }

    @PostMapping("/grants/{id}/reports/{no}")
    String submit(@PathVariable UUID id, @PathVariable int no, @ModelAttribute("form") ReportForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        Map<GrantReport.Category, BigDecimal> claimed = form.amounts(result);
        if (claimed != null) {
            try {
                reports.submit(id, no, form.getScientificText(), claimed);
                redirect.addFlashAttribute("done", "grants.report.submittedDone");
                return "redirect:/grants/" + id + "/reports/" + no;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        ReportForm check = new ReportForm();
        return page(reports.report(id, no), form, check, model);
    }

    @PostMapping("/grants/{id}/reports/{no}/scientific")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String scientific(@PathVariable UUID id, @PathVariable int no, @RequestParam String decision,
                      @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect, Locale locale) {
        try {
            reports.checkScientific(id, no, "approve".equals(decision), comment);
            redirect.addFlashAttribute("done", "grants.report.checked");
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        return "redirect:/grants/" + id + "/reports/" + no;
    }

    @PostMapping("/grants/{id}/reports/{no}/financial")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String financial(@PathVariable UUID id, @PathVariable int no, @RequestParam String decision,
                     @ModelAttribute("check") ReportForm check, BindingResult result, Model model,
                     RedirectAttributes redirect) {
        boolean approve = "approve".equals(decision);
        Map<GrantReport.Category, BigDecimal> accepted = approve ? check.amounts(result) : Map.of();
        if (accepted != null) {
            try {
                reports.checkFinancial(id, no, approve, accepted, check.getComment());
                redirect.addFlashAttribute("done", "grants.report.checked");
                return "redirect:/grants/" + id + "/reports/" + no;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        ReportService.ReportView view = reports.report(id, no);
        ReportForm form = new ReportForm();
        return page(view, form, check, model);
    }

    @GetMapping("/grants/reports/overdue")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','FINANCE_OFFICER','CONTROL_OFFICER','ADMIN')")
    String overdue(Model model) {
        var list = reports.overdue();
        model.addAttribute("reports", list);
        return "grants/reports-overdue";
    }

    /** Requests the payment of one instalment of the schedule (when it is due). */
    @PostMapping("/grants/{id}/instalments/{position}/request")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','PROGRAMME_OFFICER','ADMIN')")
    String requestInstalment(@PathVariable UUID id, @PathVariable int position, @RequestParam(defaultValue = "") String budgetLine,
                             @RequestParam(required = false) Integer year, RedirectAttributes redirect, Locale locale) {
        try {
            if (year == null) {
                throw DomainException.onField("year", "grants.year.required");
            }
            schedule.request(id, position, budgetLine, year);
            redirect.addFlashAttribute("done", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        return "redirect:/grants/" + id + "#follow-up";
    }

    @GetMapping("/grants/recoveries")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','CONTROL_OFFICER','ADMIN')")
    String recoveries(Model model) {
        var list = recoveries.list();
        Map<UUID, Object> repayments = new HashMap<>();
        Map<UUID, String> references = new HashMap<>();
        list.forEach(r -> {
            repayments.put(r.getId(), recoveries.repayments(r.getId()));
            references.put(r.getGrantId(), reports.reference(r.getGrantId()));
        });
        model.addAttribute("recoveries", list);
        model.addAttribute("repayments", repayments);
        model.addAttribute("references", references);
        return "grants/recoveries";
    }

    @PostMapping("/grants/recoveries/{recoveryId}/repayments")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','ADMIN')")
    String repay(@PathVariable UUID recoveryId, @RequestParam(defaultValue = "") String amount,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
                 RedirectAttributes redirect, Locale locale) {
        try {
            String t = amount.strip().replace(" ", "");
            if (!t.matches("\\d+([.,]\\d{1,2})?")) {
                throw DomainException.onField("amount", "grants.amount.format", amount);
            }
            recoveries.repay(recoveryId, new BigDecimal(t.replace(',', '.')), paidOn);
            redirect.addFlashAttribute("done", true);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        }
        return "redirect:/grants/recoveries";
    }
}
