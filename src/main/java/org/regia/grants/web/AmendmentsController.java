package org.regia.grants.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.regia.grants.AgreementService;
import org.regia.grants.AgreementSnapshot;
import org.regia.grants.Amendment;
import org.regia.grants.AmendmentService;
import org.regia.grants.Grant;
import org.regia.identity.CurrentUser;
import org.regia.identity.Role;
import org.regia.organisations.OrganisationService;
import org.regia.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Amendments of a grant agreement: the versions of the agreement and their comparison, the amendments with their
 * decisions, the request forms (programme officers, administrators) and the approval or rejection (committee,
 * administrators). Bad input is shown next to its field and nothing is saved.
 */
@Controller
@PreAuthorize("hasAnyRole('APPLICANT','FINANCE_OFFICER','PROGRAMME_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
class AmendmentsController {

    private final AmendmentService amendments;
    private final AgreementService agreements;
    private final OrganisationService organisations;
    private final MessageSource messages;

    AmendmentsController(AmendmentService amendments, AgreementService agreements, OrganisationService organisations,
                         MessageSource messages) {
        this.amendments = amendments;
        this.agreements = agreements;
        this.organisations = organisations;
        this.messages = messages;
    }

    /** A row of a comparison: what changed (aspect), for whom or which year/position, old → new, formatted. */
    record ChangeRow(AgreementSnapshot.Aspect aspect, String subject, String before, String after) {
    }

    /** A row of the side-by-side table of allocations of two versions. */
    record SideBySide(String party, int year, String left, String right, boolean changed) {
    }

    /** A party and its amounts per year, for the budget-shift form. */
    record PartyRow(UUID organisationId, String name, boolean coordinator, Map<Integer, String> fields) {
    }

    @GetMapping("/grants/{id}/amendments/panel")
    String panel(@PathVariable UUID id, Model model) {
        Grant grant = agreements.view(id);
        model.addAttribute("grant", grant);
        model.addAttribute("currentVersion", amendments.currentVersion(id));
        model.addAttribute("pending", amendments.amendments(id).stream().filter(Amendment::isPending).findFirst().orElse(null));
        model.addAttribute("count", amendments.amendments(id).size());
        return "grants/amendments-panel :: panel";
    }

    @GetMapping("/grants/{id}/amendments")
    String page(@PathVariable UUID id, Model model, Locale locale) {
        return render(id, model, locale, Map.of(), Map.of(), null);
    }

    @PostMapping("/grants/{id}/amendments/end-date")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String requestEndDate(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
                          RedirectAttributes redirect, Locale locale) {
        try {
            Amendment a = amendments.requestEndDate(id, date(params.get("end"), "end"), params.get("reason"));
            return done(id, a, redirect, locale);
        } catch (DomainException e) {
            return render(id, model, locale, params, errors(e, locale), "end-date");
        }
    }

    @PostMapping("/grants/{id}/amendments/budget-shift")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String requestBudgetShift(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
                              RedirectAttributes redirect, Locale locale) {
        try {
            Map<UUID, Map<Integer, BigDecimal>> amounts = new LinkedHashMap<>();
            for (Map.Entry<String, String> p : params.entrySet()) {
                if (p.getKey().startsWith("amount_")) {
                    String[] parts = p.getKey().split("_");
                    UUID org = UUID.fromString(parts[1]);
                    int year = Integer.parseInt(parts[2]);
                    amounts.computeIfAbsent(org, o -> new HashMap<>()).put(year, money(p.getValue(), p.getKey()));
                }
            }
            Amendment a = amendments.requestBudgetShift(id, amounts, params.get("reason"));
            return done(id, a, redirect, locale);
        } catch (DomainException e) {
            return render(id, model, locale, params, errors(e, locale), "budget-shift");
        } catch (IllegalArgumentException e) {
            return render(id, model, locale, params, Map.of("amounts", messages.getMessage("grants.amendment.badForm", null, locale)), "budget-shift");
        }
    }

    @PostMapping("/grants/{id}/amendments/partner-change")
    @PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
    String requestPartnerChange(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model,
                                RedirectAttributes redirect, Locale locale) {
        try {
            Amendment a = amendments.requestPartnerChange(id, uuid(params.get("leaving")), uuid(params.get("receiving")),
                    params.get("newPartner"), params.get("reason"));
            return done(id, a, redirect, locale);
        } catch (DomainException e) {
            return render(id, model, locale, params, errors(e, locale), "partner-change");
        }
    }

    @PostMapping("/grants/{id}/amendments/{number}/decision")
    @PreAuthorize("hasAnyRole('COMMITTEE','ADMIN')")
    String decide(@PathVariable UUID id, @PathVariable int number, @RequestParam(defaultValue = "") String decision,
                  @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            Amendment a = "approve".equals(decision)
                    ? amendments.approve(id, number, params.get("decisionReason"))
                    : amendments.reject(id, number, params.get("decisionReason"));
            redirect.addFlashAttribute("doneMessage", messages.getMessage(a.getState() == Amendment.State.APPROVED
                    ? "grants.amendment.decided.APPROVED" : "grants.amendment.decided.REJECTED",
                    new Object[] {a.getNumber(), a.getResultVersion()}, locale));
            return "redirect:/grants/" + id + "/amendments";
        } catch (DomainException e) {
            return render(id, model, locale, params, errors(e, locale), "decision");
        }
    }

    @GetMapping("/grants/{id}/amendments/compare")
    String compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to, Model model, Locale locale) {
        Grant grant = agreements.view(id);
        AgreementSnapshot left = amendments.terms(id, from);
        AgreementSnapshot right = amendments.terms(id, to);
        Map<UUID, String> names = names(left, right);
        model.addAttribute("grant", grant);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("versions", amendments.versions(id));
        model.addAttribute("changes", rows(left.compareTo(right), names, locale));
        List<SideBySide> side = new ArrayList<>();
        List<UUID> orgs = new ArrayList<>();
        left.parties().forEach(p -> orgs.add(p.organisationId()));
        right.parties().stream().map(AgreementSnapshot.Party::organisationId).filter(o -> !orgs.contains(o)).forEach(orgs::add);
        for (UUID org : orgs) {
            TreeSet<Integer> years = new TreeSet<>();
            if (left.party(org) != null) years.addAll(left.party(org).years().keySet());
            if (right.party(org) != null) years.addAll(right.party(org).years().keySet());
            for (Integer y : years) {
                BigDecimal a = left.party(org) == null ? null : left.party(org).years().get(y);
                BigDecimal b = right.party(org) == null ? null : right.party(org).years().get(y);
                boolean changed = (a == null ? BigDecimal.ZERO : a).compareTo(b == null ? BigDecimal.ZERO : b) != 0;
                side.add(new SideBySide(names.get(org), y, format(a), format(b), changed));
            }
        }
        model.addAttribute("side", side);
        return "grants/amendments-compare";
    }

    // ---- page model ------------------------------------------------------------------------------------------------

    private String render(UUID id, Model model, Locale locale, Map<String, String> form, Map<String, String> errors, String active) {
        Grant grant = agreements.view(id);
        AgreementSnapshot current = amendments.terms(id, amendments.currentVersion(id));
        List<Amendment> list = amendments.amendments(id);
        Amendment pending = list.stream().filter(Amendment::isPending).findFirst().orElse(null);
        Map<UUID, String> names = names(current, pending == null ? current : amendments.proposed(pending));
        model.addAttribute("grant", grant);
        model.addAttribute("current", current);
        model.addAttribute("currentVersion", amendments.currentVersion(id));
        model.addAttribute("versions", amendments.versions(id));
        model.addAttribute("amendments", list);
        model.addAttribute("pending", pending);
        model.addAttribute("pendingChanges", pending == null ? List.of() : rows(amendments.changes(pending), names, locale));
        model.addAttribute("names", names);
        model.addAttribute("tolerancePercent", amendments.tolerancePercent());
        model.addAttribute("toleranceAmount", format(amendments.toleranceAmount(id)));
        model.addAttribute("years", current.years());
        List<PartyRow> parties = new ArrayList<>();
        for (AgreementSnapshot.Party p : current.parties()) {
            Map<Integer, String> fields = new LinkedHashMap<>();
            for (int y = current.start().getYear(); y <= current.end().getYear(); y++) {
                fields.put(y, AgreementSnapshot.field(p.organisationId(), y));
            }
            parties.add(new PartyRow(p.organisationId(), names.get(p.organisationId()), p.coordinator(), fields));
        }
        model.addAttribute("parties", parties);
        model.addAttribute("allYears", java.util.stream.IntStream.rangeClosed(current.start().getYear(), current.end().getYear()).boxed().toList());
        Map<String, String> values = new HashMap<>();
        parties.forEach(p -> p.fields().values().forEach(f -> values.put(f, "0.00")));
        current.parties().forEach(p -> p.years().forEach((y, a) -> values.put(AgreementSnapshot.field(p.organisationId(), y), a.toPlainString())));
        if ("budget-shift".equals(active)) {
            form.forEach((k, v) -> { if (k.startsWith("amount_")) values.put(k, v); });
        }
        model.addAttribute("values", values);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("active", active);
        model.addAttribute("canRequest", grant.isOpen() && pending == null
                && CurrentUser.hasAnyRole(Role.PROGRAMME_OFFICER, Role.ADMIN));
        model.addAttribute("canDecide", pending != null && CurrentUser.hasAnyRole(Role.COMMITTEE, Role.ADMIN));
        return "grants/amendments";
    }

    private String done(UUID id, Amendment a, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("doneMessage", messages.getMessage(a.isPending() ? "grants.amendment.requestedDone"
                : "grants.amendment.autoApproved", new Object[] {a.getNumber(), a.getResultVersion()}, locale));
        return "redirect:/grants/" + id + "/amendments";
    }

    private Map<String, String> errors(DomainException e, Locale locale) {
        String text = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
        return Map.of(e.field() == null ? "global" : e.field(), text);
    }

    private List<ChangeRow> rows(List<AgreementSnapshot.Change> changes, Map<UUID, String> names, Locale locale) {
        List<ChangeRow> out = new ArrayList<>();
        for (AgreementSnapshot.Change c : changes) {
            String subject = switch (c.aspect()) {
                case START, END, TOTAL -> "";
                case PARTY_ADDED, PARTY_REMOVED, PARTY_AMOUNT -> names.getOrDefault(c.organisationId(), "?");
                case ALLOCATION -> names.getOrDefault(c.organisationId(), "?") + " · " + c.year();
                case YEAR_TOTAL -> String.valueOf(c.year());
                case INSTALMENT, REPORT -> "#" + c.position();
            };
            String prefix = c.aspect() == AgreementSnapshot.Aspect.INSTALMENT ? "grants.instalment." : "grants.report.kind.";
            String before = value(c.before());
            String after = value(c.after());
            if (c.kindBefore() != null) {
                before = messages.getMessage(prefix + c.kindBefore(), null, locale) + " " + before;
            }
            if (c.kindAfter() != null) {
                after = messages.getMessage(prefix + c.kindAfter(), null, locale) + " " + after;
            }
            out.add(new ChangeRow(c.aspect(), subject, before, after));
        }
        return out;
    }

    private Map<UUID, String> names(AgreementSnapshot... snapshots) {
        Map<UUID, String> names = new HashMap<>();
        for (AgreementSnapshot s : snapshots) {
            s.parties().forEach(p -> names.computeIfAbsent(p.organisationId(), o -> organisations.publishedFacts(o)
                    .map(OrganisationService.PublishedFacts::legalName).orElse(o.toString())));
        }
        return names;
    }

    private static String value(Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof LocalDate d) {
            return d.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        }
        if (v instanceof BigDecimal b) {
            return format(b);
        }
        return v.toString();
    }

    /** Amounts as on the grant page: 1.234.567,89. */
    static String format(BigDecimal amount) {
        if (amount == null) {
            return "—";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        return new DecimalFormat("#,##0.00", symbols).format(amount);
    }

    private static LocalDate date(String text, String field) {
        if (text == null || text.isBlank()) {
            throw DomainException.onField(field, "grants.amendment.endRequired");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw DomainException.onField(field, "grants.amendment.dateFormat", text);
        }
    }

    private static UUID uuid(String text) {
        return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
    }

    /** Euros with a decimal comma or point and no thousands separator ("1.344" would be ambiguous); blank is missing. */
    private static BigDecimal money(String text, String field) {
        String t = text == null ? "" : text.strip().replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.startsWith("-") && t.substring(1).matches("\\d+([.,]\\d{1,2})?")) {
            throw DomainException.onField(field, "grants.amendment.amountNegative");
        }
        if (!t.matches("\\d+([.,]\\d{1,2})?")) {
            throw DomainException.onField(field, "grants.amount.format", text);
        }
        return new BigDecimal(t.replace(',', '.'));
    }
}
