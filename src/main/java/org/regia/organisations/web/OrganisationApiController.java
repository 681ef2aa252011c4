package org.regia.organisations.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.regia.organisations.AuthenticSource;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeAssessment;
import org.regia.organisations.YearFigures;
import org.regia.shared.NotFoundException;
import org.regia.shared.web.ApiController;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

@ApiController("/api/organisations")
@Tag(name = "Organisations", description = "Organisations, their figures and EU SME size class")
class OrganisationApiController {

    private final OrganisationService organisations;

    OrganisationApiController(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Search the organisations the caller may see (all for staff, own ones for applicants)")
    PageView<OrganisationView> search(@RequestParam(defaultValue = "") String q,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "20") int size) {
        Page<Organisation> result = organisations.search(q, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 100), Sort.by("legalName")));
        return new PageView<>(result.getContent().stream().map(OrganisationView::of).toList(), result.getNumber(),
                result.getSize(), result.getTotalElements(), result.getTotalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One organisation")
    OrganisationView get(@PathVariable UUID id) {
        return OrganisationView.of(organisations.get(id));
    }

    @GetMapping("/lookup/{enterpriseNumber}")
    @Operation(summary = "Look an enterprise number up in the company register (pre-fill)")
    AuthenticSource.CompanyRecord lookup(@PathVariable String enterpriseNumber) {
        return organisations.lookup(enterpriseNumber).orElseThrow(() -> new NotFoundException("company", enterpriseNumber));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an organisation")
    OrganisationView create(@Valid @RequestBody OrganisationForm body) {
        return OrganisationView.of(organisations.create(body.toDetails()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an organisation; `version` must be the version last read (optimistic locking)")
    OrganisationView update(@PathVariable UUID id, @Valid @RequestBody OrganisationForm body) {
        return OrganisationView.of(organisations.update(id, body.getVersion(), body.toDetails()));
    }

    @PutMapping("/{id}/figures")
    @Operation(summary = "Record the figures of one accounting year")
    OrganisationView figures(@PathVariable UUID id, @Valid @RequestBody FiguresForm body) {
        return OrganisationView.of(organisations.recordFigures(id,
                new YearFigures(body.getYear(), body.getStaff(), body.getTurnover(), body.getBalanceSheet())));
    }

    record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
    }

    record FiguresView(int year, BigDecimal staff, BigDecimal turnover, BigDecimal balanceSheet, String sizeClass) {
    }

    record OrganisationView(UUID id, String legalName, String shortName, OrganisationType type, String enterpriseNumber,
                            String orgId, String street, String postcode, String municipality, String country,
                            boolean inBrusselsRegion, String naceCode, String website, String sizeClass,
                            Integer sizeClassBasedOnYear, List<FiguresView> figures, long version) {
        static OrganisationView of(Organisation o) {
            SizeAssessment size = o.sizeAssessment().orElse(null);
            return new OrganisationView(o.getId(), o.getLegalName(), o.getShortName(), o.getType(),
                    o.getEnterpriseNumber().map(n -> n.formatted()).orElse(null),
                    o.getEnterpriseNumber().map(n -> n.orgId()).orElse(null),
                    o.getAddress().getStreet(), o.getAddress().getPostcode(), o.getAddress().getMunicipality(),
                    o.getAddress().getCountry(), o.isInBrusselsRegion(), o.getNaceCode(), o.getWebsite(),
                    size == null ? null : size.sizeClass().name(), size == null ? null : size.basedOnYear(),
                    o.getFigures().stream().map((YearFigures f) -> new FiguresView(f.getYear(), f.getStaff(), f.getTurnover(),
                            f.getBalanceSheet(), f.sizeClass().name())).toList(),
                    o.getVersion());
        }
    }
}
