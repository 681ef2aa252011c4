package org.regia.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.regia.catalogue.InnovationDomain;
import org.regia.shared.DomainException;
import org.regia.opendata.internal.ExternalGrantView;
import org.regia.opendata.internal.OpenDatasets;
import org.regia.opendata.internal.Portfolios;
import org.regia.shared.NotFoundException;
import org.regia.shared.web.ApiController;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@ApiController("/api/public/opendata")
@Tag(name = "Open data", description = "Public, rate-limited (token bucket per client address: HTTP 429 with a problem "
        + "detail and Retry-After when exceeded). Published datasets: Regia's own awarded grants and the imported external portfolios.")
class OpenDataApiController {

    private final OpenDatasets datasets;
    private final Portfolios portfolios;

    OpenDataApiController(OpenDatasets datasets, Portfolios portfolios) {
        this.datasets = datasets;
        this.portfolios = portfolios;
    }

    /** A page of results. */
    record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    }

    @GetMapping("/datasets")
    @Operation(summary = "The published datasets, with licence and last update")
    List<OpenDatasets.Published> datasets() {
        return datasets.all();
    }

    @GetMapping("/datasets/{key}")
    @Operation(summary = "One published dataset")
    @ApiResponse(responseCode = "404", description = "no such dataset")
    OpenDatasets.Published dataset(@PathVariable String key) {
        return datasets.all().stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("dataset", key));
    }

    @GetMapping("/grants")
    @Operation(summary = "Grants of the published datasets (Regia's own awarded grants, dataset regia-grants, and the "
            + "imported portfolios), paged and filtered")
    @ApiResponse(responseCode = "400", description = "unknown domain (problem detail naming the field and the allowed values)")
    PageView<ExternalGrantView> grants(
            @Parameter(description = "dataset key") @RequestParam(required = false) String dataset,
            @Parameter(description = "funder org-id (exact) or part of its name") @RequestParam(required = false) String funder,
            @Parameter(description = "part of the programme name") @RequestParam(required = false) String programme,
            @Parameter(description = "award year (CORDIS: start year)") @RequestParam(required = false) Integer year,
            @Parameter(description = "beneficiary type as published by the source: for Regia's own grants the organisation "
                    + "type (COMPANY, UNIVERSITY, RESEARCH_CENTRE, NON_PROFIT, PUBLIC_BODY, SCHOOL); CORDIS activity type "
                    + "(HES, PRC, REC, PUB, OTH)")
            @RequestParam(required = false) String recipientType,
            @Parameter(description = "strategic innovation domain (Regia's own grants): DIGITAL, CLIMATE_BUILDINGS, "
                    + "RESOURCES, URBAN_FLOWS, HEALTH, SOCIAL_INNOVATION")
            @RequestParam(required = false) String domain,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (domain != null && !domain.isBlank()
                && Arrays.stream(InnovationDomain.values()).noneMatch(d -> d.name().equals(domain))) {
            throw DomainException.onField("domain", "opendata.api.unknownDomain", domain,
                    Arrays.stream(InnovationDomain.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        Page<ExternalGrantView> result = portfolios.grants(new Portfolios.Filter(dataset, funder, programme, year, recipientType, domain),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
        return new PageView<>(result.getContent(), result.getNumber(), result.getSize(), result.getTotalElements(),
                result.getTotalPages());
    }
}
