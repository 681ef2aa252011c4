package org.regia.catalogue.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueFilter;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.InstrumentKind;
import org.regia.catalogue.Track;
import org.regia.catalogue.web.CatalogueApiViews.CallView;
import org.regia.catalogue.web.CatalogueApiViews.PageView;
import org.regia.catalogue.web.CatalogueApiViews.ProgrammeView;
import org.regia.organisations.OrganisationType;
import org.regia.shared.NotFoundException;
import org.regia.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/public")
@Tag(name = "Catalogue (public)", description = "Funding programmes and calls, open to everyone")
class PublicCatalogueApiController {

    private final CatalogueService catalogue;

    PublicCatalogueApiController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/programmes")
    @Operation(summary = "Active programmes, filtered; q = full-text search in French and Dutch (best match first)")
    PageView<ProgrammeView> programmes(@RequestParam(required = false) String q,
                                       @RequestParam(required = false) InnovationPhase phase,
                                       @RequestParam(required = false) Track track,
                                       @RequestParam(required = false) InnovationDomain domain,
                                       @RequestParam(required = false) OrganisationType beneficiary,
                                       @Parameter(description = "programmes whose TRL range contains this level (1-9)")
                                       @RequestParam(required = false) Integer trl,
                                       @RequestParam(required = false) InstrumentKind kind,
                                       @RequestParam(defaultValue = "0") int page,
                                       @RequestParam(defaultValue = "20") int size) {
        CatalogueFilter filter = new CatalogueFilter(q, phase, track, domain, beneficiary, trl, kind, false);
        return PageView.of(catalogue.search(filter, Locale.FRENCH).stream().map(ProgrammeView::of).toList(), page, size);
    }

    @GetMapping("/programmes/{code}")
    @Operation(summary = "One programme by its code (e.g. innovation-voucher)")
    ProgrammeView programme(@PathVariable String code) {
        return ProgrammeView.of(catalogue.programmeByCode(code));
    }

    @GetMapping("/calls")
    @Operation(summary = "Published, open and closed calls (never drafts), soonest deadline first")
    PageView<CallView> calls(@RequestParam(required = false) List<CallState> state,
                             @RequestParam(required = false) String programme,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        Instant now = catalogue.now();
        List<CallView> views = catalogue.publicCalls(state).stream()
                .filter(c -> programme == null || c.getProgramme().getCode().equals(programme))
                .map(c -> CallView.of(c, now, false)).toList();
        return PageView.of(views, page, size);
    }

    @GetMapping("/calls/{id}")
    @Operation(summary = "One call (not a draft)")
    CallView call(@PathVariable UUID id) {
        Call call = catalogue.call(id);
        if (call.getState() == CallState.DRAFT) {
            throw new NotFoundException("call", id);
        }
        return CallView.of(call, catalogue.now(), false);
    }
}
