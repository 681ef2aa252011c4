package org.regia.stateaid.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.Money;
import org.regia.shared.web.FormErrors;
import org.regia.stateaid.DeMinimisLedger;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The shared de minimis register: position of an undertaking, and recording granted aid. */
@Controller
@PreAuthorize("hasAnyRole('FINANCE_OFFICER','PROGRAMME_OFFICER','ADMIN')")
class DeMinimisController {

    private final DeMinimisLedger ledger;
    private final Clock clock;

    DeMinimisController(DeMinimisLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @GetMapping("/stateaid/de-minimis")
    String position(@RequestParam(required = false) String undertaking, Model model) {
        AidForm form = new AidForm();
        form.setUndertaking(undertaking);
        form.setGrantedOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        show(undertaking, model);
        return "stateaid/de-minimis";
    }

    @PostMapping("/stateaid/de-minimis")
    String record(@Valid @ModelAttribute("form") AidForm form, BindingResult result, Model model) {
        if (!result.hasErrors()) {
            try {
                ledger.record(number(form.getUndertaking()), form.getGrantingBody(), form.getReference(),
                        Money.eur(form.getAmount()), form.getGrantedOn());
                model.addAttribute("saved", true);
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        show(form.getUndertaking(), model);
        return "stateaid/de-minimis";
    }

    private void show(String undertaking, Model model) {
        if (undertaking == null || undertaking.isBlank()) {
            return;
        }
        try {
            EnterpriseNumber n = EnterpriseNumber.parse(undertaking);
            model.addAttribute("check", ledger.check(n, Money.ZERO, LocalDate.now(clock)));
            model.addAttribute("history", ledger.history(n));
        } catch (DomainException e) {
            model.addAttribute("lookupError", e.messageKey());
            model.addAttribute("lookupArgs", e.arguments());
        }
    }

    private static EnterpriseNumber number(String input) {
        try {
            return EnterpriseNumber.parse(input);
        } catch (DomainException e) {
            throw DomainException.onField("undertaking", e.messageKey(), e.arguments());
        }
    }

    public static class AidForm {
        @NotBlank
        private String undertaking;
        private String grantingBody = "Innoviris";
        @NotBlank
        private String reference;
        @NotNull
        private BigDecimal amount;
        @NotNull
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate grantedOn;

        public String getUndertaking() { return undertaking; }
        public void setUndertaking(String undertaking) { this.undertaking = undertaking; }
        public String getGrantingBody() { return grantingBody; }
        public void setGrantingBody(String grantingBody) { this.grantingBody = grantingBody; }
        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
        public LocalDate getGrantedOn() { return grantedOn; }
        public void setGrantedOn(LocalDate grantedOn) { this.grantedOn = grantedOn; }
    }
}
