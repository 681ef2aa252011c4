package org.regia.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.regia.control.ControlService;
import org.regia.shared.web.ApiController;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published subset of management control, without login. */
@ApiController("/api/public/control")
@Tag(name = "Management control (public)", description = "Published objectives, KPIs and colours")
class PublicControlApiController {

    private final ControlService control;

    PublicControlApiController(ControlService control) {
        this.control = control;
    }

    @GetMapping("/documents")
    @Operation(summary = "Published documents")
    List<ControlApiController.DocumentView> documents() {
        return control.publishedDocuments().stream().map(d -> new ControlApiController.DocumentView(d.getCode(),
                d.getKind().name(), d.getYear(), d.getTitleFr(), d.getTitleNl(), true)).toList();
    }

    @GetMapping("/documents/{code}/bodies/{body}")
    @Operation(summary = "A body's published tree with colours")
    ControlApiController.TreeView tree(@PathVariable String code, @PathVariable String body) {
        return ControlApiController.TreeView.of(control.publicTree(code, body));
    }

    @GetMapping("/kpis/{id}")
    @Operation(summary = "A published KPI and its time series")
    ControlApiController.KpiDetailView kpi(@PathVariable UUID id) {
        return ControlApiController.KpiDetailView.of(control.publicKpi(id));
    }
}
