package org.regia.stateaid.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.Money;
import org.regia.stateaid.AidIntensity;
import org.regia.stateaid.AidIntensityCalculator;
import org.regia.stateaid.AidRuleSet;
import org.regia.stateaid.Beneficiary;
import org.regia.stateaid.DeMinimisCheck;
import org.regia.stateaid.DeMinimisLedger;
import org.regia.stateaid.WorkType;
import org.regia.shared.web.ApiController;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/stateaid")
@Tag(name = "State aid", description = "Aid intensities and the de minimis register")
class StateAidApiController {

    private final DeMinimisLedger ledger;
    private final MessageSource messages;

    StateAidApiController(DeMinimisLedger ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/intensity")
    @Operation(summary = "Maximum aid intensity for a type of work, with the explanation line by line")
    IntensityView intensity(@RequestParam AidRuleSet rules, @RequestParam WorkType work,
                            @RequestParam Beneficiary.Size size, @RequestParam(defaultValue = "false") boolean researchOrganisation,
                            @RequestParam(defaultValue = "false") boolean collaboration, Locale locale) {
        AidIntensity i = AidIntensityCalculator.maximum(rules, work, new Beneficiary(size, researchOrganisation), collaboration);
        return new IntensityView(i.percent(), i.steps().stream()
                .map(s -> messages.getMessage(s.messageKey(), s.arguments(), locale)).toList());
    }

    @GetMapping("/de-minimis/{undertaking}")
    @PreAuthorize("hasAnyRole('FINANCE_OFFICER','PROGRAMME_OFFICER','ADMIN')")
    @Operation(summary = "De minimis position of a single undertaking for an aid of `amount` granted on `on`")
    PositionView deMinimis(@PathVariable String undertaking,
                           @RequestParam(defaultValue = "0") BigDecimal amount,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        DeMinimisCheck c = ledger.check(EnterpriseNumber.parse(undertaking), Money.eur(amount), on);
        return new PositionView(c.undertaking(), c.windowStart(), c.on(), c.ceiling().amount(), c.alreadyGranted().amount(),
                c.headroom().amount(), c.requested().amount(), c.exceeds(), c.excess().amount(),
                c.aidsInWindow().stream().map(a -> new AidView(a.getGrantingBody(), a.getReference(), a.getAmount().amount(),
                        a.getGrantedOn())).toList());
    }

    record IntensityView(int percent, List<String> explanation) {
    }

    record AidView(String grantingBody, String reference, BigDecimal amount, LocalDate grantedOn) {
    }

    record PositionView(String undertaking, LocalDate windowStart, LocalDate on, BigDecimal ceiling, BigDecimal alreadyGranted,
                        BigDecimal headroom, BigDecimal requested, boolean exceeds, BigDecimal excess, List<AidView> aidsInWindow) {
    }
}
