package org.regia.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.regia.catalogue.CallDetails;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.FundingRules;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.InstrumentKind;
import org.regia.catalogue.ProgrammeDetails;
import org.regia.catalogue.SupportNeed;
import org.regia.catalogue.Track;
import org.regia.catalogue.TrlRange;
import org.regia.catalogue.web.CatalogueApiViews.CallView;
import org.regia.catalogue.web.CatalogueApiViews.ProgrammeView;
import org.regia.catalogue.web.CatalogueApiViews.Text;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;
import org.regia.shared.Money;
import org.regia.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

@ApiController("/api/catalogue")
@Tag(name = "Catalogue (officers)", description = "Create and edit programmes and calls; move calls through their life cycle")
@PreAuthorize("hasAnyRole('PROGRAMME_OFFICER','ADMIN')")
class CatalogueApiController {

    private final CatalogueService catalogue;

    CatalogueApiController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    record ProgrammeInput(String code, Text name, Text description, InstrumentKind kind, Set<InnovationPhase> phases,
                          Set<Track> tracks, Integer trlMin, Integer trlMax, Set<OrganisationType> beneficiaryTypes,
                          Set<SizeClass> sizeClasses, Set<InnovationDomain> domains, Set<SupportNeed> needs,
                          String legalBasis, Set<String> budgetLines, BigDecimal maxAmount, BigDecimal ratePercent,
                          BigDecimal fixedAmount, Long version) {
        ProgrammeDetails toDetails() {
            return new ProgrammeDetails(code, name == null ? null : name.toLocalized(),
                    description == null ? null : description.toLocalized(), kind, phases, tracks,
                    TrlRange.of(trlMin, trlMax), beneficiaryTypes, sizeClasses, domains, needs, legalBasis, budgetLines,
                    new FundingRules(maxAmount == null ? null : Money.eur(maxAmount), ratePercent,
                            fixedAmount == null ? null : Money.eur(fixedAmount)));
        }
    }

    record CallInput(UUID programmeId, Text title, Text theme, CallMode mode, Instant opensAt, Instant closesAt,
                     Integer stages, BigDecimal budget, BigDecimal expectedGrant, String criteriaReference,
                     List<Instant> infoSessions, Long version) {
        CallDetails toDetails() {
            return new CallDetails(title == null ? null : title.toLocalized(), theme == null ? null : theme.toLocalized(),
                    mode, opensAt, closesAt, stages == null ? 1 : stages, budget, expectedGrant, criteriaReference,
                    infoSessions == null ? List.of() : infoSessions);
        }
    }

    record EqualOpportunitiesInput(String questions, String answers) {
    }

    @PostMapping("/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a programme")
    ProgrammeView createProgramme(@RequestBody ProgrammeInput input) {
        return ProgrammeView.of(catalogue.createProgramme(input.toDetails()));
    }

    @PutMapping("/programmes/{id}")
    @Operation(summary = "Replace a programme's description (send the version you read: optimistic locking)")
    ProgrammeView updateProgramme(@PathVariable UUID id, @RequestBody ProgrammeInput input) {
        long version = input.version() == null ? catalogue.programme(id).getVersion() : input.version();
        return ProgrammeView.of(catalogue.updateProgramme(id, version, input.toDetails()));
    }

    @PostMapping("/programmes/{id}/active")
    @Operation(summary = "Archive (active=false) or reactivate a programme")
    ProgrammeView setActive(@PathVariable UUID id, @RequestParam boolean active) {
        return ProgrammeView.of(catalogue.setProgrammeActive(id, active));
    }

    @GetMapping("/calls")
    @Operation(summary = "All calls, drafts included, with the equal-opportunities test")
    List<CallView> calls() {
        Instant now = catalogue.now();
        return catalogue.allCalls().stream().map(c -> CallView.of(c, now, true)).toList();
    }

    @PostMapping("/calls")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a call (as a draft)")
    CallView createCall(@RequestBody CallInput input) {
        return CallView.of(catalogue.createCall(input.programmeId(), input.toDetails()), catalogue.now(), true);
    }

    @PutMapping("/calls/{id}")
    @Operation(summary = "Edit a draft or published call")
    CallView updateCall(@PathVariable UUID id, @RequestBody CallInput input) {
        long version = input.version() == null ? catalogue.call(id).getVersion() : input.version();
        return CallView.of(catalogue.updateCall(id, version, input.toDetails()), catalogue.now(), true);
    }

    @PostMapping("/calls/{id}/state")
    @Operation(summary = "Move a call: DRAFT → PUBLISHED (needs criteria) → OPEN (needs the equal-opportunities test "
            + "above EUR 30,000) → CLOSED → ARCHIVED")
    CallView move(@PathVariable UUID id, @RequestParam CallState target) {
        return CallView.of(catalogue.moveCall(id, target), catalogue.now(), true);
    }

    @PostMapping("/calls/{id}/equal-opportunities-test")
    @Operation(summary = "Record the call's equal-opportunities test (author = caller, date = today)")
    CallView equalOpportunities(@PathVariable UUID id, @RequestBody EqualOpportunitiesInput input) {
        return CallView.of(catalogue.recordEqualOpportunitiesTest(id, input.questions(), input.answers()),
                catalogue.now(), true);
    }
}
