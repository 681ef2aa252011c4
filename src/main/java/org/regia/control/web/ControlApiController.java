package org.regia.control.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.regia.control.BandIssue;
import org.regia.control.BandKind;
import org.regia.control.ControlImporter;
import org.regia.control.ControlObservation;
import org.regia.control.ControlService;
import org.regia.control.EdgePolicy;
import org.regia.control.ImportException;
import org.regia.control.ImportReport;
import org.regia.control.Views;
import org.regia.shared.web.ApiController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/** JSON API of management control: trees with colours, KPIs and their observations, bands, import. */
@ApiController("/api/control")
@Tag(name = "Management control", description = "Objective trees, KPIs with computed colours, observations, import")
class ControlApiController {

    private final ControlService control;
    private final ControlImporter importer;
    private final org.regia.control.ControlDashboards dashboards;

    ControlApiController(ControlService control, ControlImporter importer, org.regia.control.ControlDashboards dashboards) {
        this.dashboards = dashboards;
        this.control = control;
        this.importer = importer;
    }

    record DocumentView(String code, String kind, int year, String titleFr, String titleNl, boolean published) {
    }

    record KpiView(UUID id, String code, String nameFr, String nameNl, String indicatorType, String bandKind,
                   String edgePolicy, String bands, String bandsNl, String colour, String colourOrigin, LocalDate asOf,
                   String overrideReason, String dataSource, String lastRefreshError, List<String> bandIssues) {
        static KpiView of(Views.KpiStatus s) {
            var k = s.kpi();
            return new KpiView(k.getId(), k.getCode(), k.getNameFr(), k.getNameNl(), k.getIndicatorType().name(),
                    k.getBandKind().name(), k.getEdgePolicy().name(), k.getBands(), k.getBandsNl(),
                    s.effective() == null ? null : s.effective().name(), s.colour().origin().name(), s.colour().asOf(),
                    k.getOverrideReason(), k.getDataSource(), k.getLastRefreshError(),
                    s.issues().stream().map(BandIssue::detail).toList());
        }
    }

    record NodeView(UUID id, String level, String number, String titleFr, String titleNl, String deadline, String status,
                    String domain, String colour, List<KpiView> kpis, List<NodeView> children) {
        static NodeView of(Views.TreeNode n) {
            var o = n.objective();
            return new NodeView(o.getId(), o.getLevel().name(), o.getNumber(), o.getTitleFr(), o.getTitleNl(), o.getDeadline(),
                    o.getStatus() == null ? null : o.getStatus().name(), o.getDomain(),
                    n.colour() == null ? null : n.colour().name(), n.kpis().stream().map(KpiView::of).toList(),
                    n.children().stream().map(NodeView::of).toList());
        }
    }

    record TreeView(String document, String body, String nameFr, String nameNl, String rollUpRule, String colour,
                    List<NodeView> objectives) {
        static TreeView of(Views.BodyTree t) {
            return new TreeView(t.document().getCode(), t.body().getCode(), t.body().getNameFr(), t.body().getNameNl(),
                    t.body().getRollUpRule().name(), t.colour() == null ? null : t.colour().name(),
                    t.roots().stream().map(NodeView::of).toList());
        }
    }

    record ObservationView(UUID id, LocalDate observedOn, BigDecimal value, String level, String source, String author,
                           String comment) {
        static ObservationView of(ControlObservation o) {
            return new ObservationView(o.getId(), o.getObservedOn(), o.getValue(), o.getLevel(), o.getSource(), o.getAuthor(),
                    o.getComment());
        }
    }

    record KpiDetailView(KpiView kpi, String objective, String body, String document, List<ObservationView> observations) {
        static KpiDetailView of(Views.KpiDetail d) {
            return new KpiDetailView(KpiView.of(d.status()), d.objective().getNumber(), d.body().getCode(), d.document().getCode(),
                    d.observations().stream().map(ObservationView::of).toList());
        }
    }

    record ObservationRequest(LocalDate observedOn, String value, String level, String source, String comment) {
    }

    record BandsRequest(BandKind kind, EdgePolicy edgePolicy, String bands, String bandsNl, boolean acceptIssues, long version) {
    }

    record BandsResult(boolean saved, List<String> issues) {
    }

    @GetMapping("/documents")
    @Operation(summary = "Planning documents (policy letters, orientation notes, innovation plan)")
    List<DocumentView> documents() {
        return control.documents().stream().map(d -> new DocumentView(d.getCode(), d.getKind().name(), d.getYear(),
                d.getTitleFr(), d.getTitleNl(), d.isPublished())).toList();
    }

    @GetMapping("/documents/{code}/trees")
    @Operation(summary = "Every body's objective tree with computed and rolled-up colours")
    List<TreeView> trees(@PathVariable String code) {
        return control.trees(code).stream().map(TreeView::of).toList();
    }

    @GetMapping("/documents/{code}/bodies/{body}")
    @Operation(summary = "One body's tree")
    TreeView tree(@PathVariable String code, @PathVariable String body) {
        return TreeView.of(control.tree(code, body));
    }

    @GetMapping("/kpis/{id}")
    @Operation(summary = "A KPI with its colour, bands, defects and time series")
    KpiDetailView kpi(@PathVariable UUID id) {
        return KpiDetailView.of(control.kpi(id));
    }

    @PostMapping("/kpis/{id}/observations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a dated observation (numbers without thousands separators)")
    ObservationView observe(@PathVariable UUID id, @RequestBody ObservationRequest r) {
        return ObservationView.of(control.recordObservation(id, r.observedOn(), r.value(), r.level(), r.source(), r.comment()));
    }

    @PutMapping("/kpis/{id}/bands")
    @Operation(summary = "Validate and save bands; with defects they are saved only when acceptIssues is true")
    BandsResult bands(@PathVariable UUID id, @RequestBody BandsRequest r) {
        List<BandIssue> issues = control.defineBands(id, r.version(), r.kind(), r.edgePolicy(), r.bands(), r.bandsNl(), r.acceptIssues());
        return new BandsResult(issues.isEmpty() || r.acceptIssues(), issues.stream().map(BandIssue::detail).toList());
    }

    record ObjectiveView(UUID id, String document, String body, String level, String number, String titleFr, String titleNl,
                         String deadline, BigDecimal fte, String itNeedsFr, String itNeedsNl, String leadActor,
                         String partners, long version, List<org.regia.control.ObjectiveEdit.BudgetRow> budgetLines,
                         List<org.regia.control.ObjectiveEdit.ParticipantRow> participants,
                         List<org.regia.control.ObjectiveEdit.ActivityRow> activities,
                         List<org.regia.control.ObjectiveEdit.MilestoneRow> milestones) {
        static ObjectiveView of(Views.ObjectiveDetail d) {
            var o = d.node().objective();
            var r = d.roadmap();
            return new ObjectiveView(o.getId(), d.document().getCode(), d.body().getCode(), o.getLevel().name(), o.getNumber(),
                    o.getTitleFr(), o.getTitleNl(), o.getDeadline(), o.getFte(), o.getItNeedsFr(), o.getItNeedsNl(),
                    o.getLeadActor(), o.getPartners(), o.getVersion(),
                    r.budgetLines().stream().map(b -> new org.regia.control.ObjectiveEdit.BudgetRow(b.getCode(), b.getNote())).toList(),
                    r.participants().stream().map(p -> new org.regia.control.ObjectiveEdit.ParticipantRow(p.getOrganisation(), p.getRole())).toList(),
                    r.activities().stream().map(a -> new org.regia.control.ObjectiveEdit.ActivityRow(a.getDescriptionFr(), a.getDescriptionNl())).toList(),
                    r.milestones().stream().map(m -> new org.regia.control.ObjectiveEdit.MilestoneRow(m.getLabelFr(), m.getLabelNl(), m.getDueOn(), m.getReachedOn())).toList());
        }
    }

    @GetMapping("/objectives/{id}")
    @Operation(summary = "An objective with its resources (FTE, IT needs, budget lines) and roadmap")
    ObjectiveView objective(@PathVariable UUID id) {
        return ObjectiveView.of(control.objective(id));
    }

    @PutMapping("/objectives/{id}")
    @Operation(summary = "Change texts, deadline, resources and roadmap (all rows replaced; a bad row names itself, e.g. milestones[1].dueOn)")
    ObjectiveView editObjective(@PathVariable UUID id, @RequestBody org.regia.control.ObjectiveEdit edit) {
        control.editObjective(id, edit);
        return ObjectiveView.of(control.objective(id));
    }

    record SnapshotEntryView(UUID objective, UUID kpi, String colour, BigDecimal value, String level, LocalDate observedOn) {
    }

    @GetMapping("/documents/{code}/snapshots")
    @Operation(summary = "The quarters for which the document has snapshots, latest first")
    List<String> quarters(@PathVariable String code) {
        return dashboards.quarters(code).stream().map(Object::toString).toList();
    }

    @GetMapping("/documents/{code}/snapshots/{quarter}")
    @Operation(summary = "A quarter's snapshot by body: objective colours (kpi null) and KPI colours with their last value")
    Map<String, List<SnapshotEntryView>> snapshot(@PathVariable String code, @PathVariable String quarter) {
        Map<String, List<SnapshotEntryView>> out = new java.util.LinkedHashMap<>();
        dashboards.snapshot(code, quarter).forEach((body, list) -> out.put(body, list.stream()
                .map(e -> new SnapshotEntryView(e.getObjectiveId(), e.getKpiId(), e.getColour() == null ? null : e.getColour().name(),
                        e.getValue(), e.getLevel(), e.getObservedOn())).toList()));
        return out;
    }

    @PostMapping("/documents/{code}/snapshots/{quarter}")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Take (or take again) the snapshot of an ended quarter (e.g. 2022-Q2) for every body; returns the number of bodies")
    Map<String, Integer> takeSnapshot(@PathVariable String code, @PathVariable String quarter) {
        return Map.of("bodies", dashboards.takeSnapshot(code, quarter));
    }

    @PostMapping("/refresh")
    @PreAuthorize("hasRole('CONTROL_OFFICER')")
    @Operation(summary = "Refresh the KPIs bound to data sources; returns the failures by KPI code")
    Map<String, String> refresh() {
        return control.refreshDataSources();
    }

    @PostMapping(value = "/imports", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Import a document from the CSV format of docs/control.md (all or nothing)")
    ImportReport importFile(@RequestParam("file") MultipartFile file) throws IOException {
        return importer.importFile(file.getOriginalFilename(), new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8));
    }

    @ExceptionHandler(ImportException.class)
    ProblemDetail importFailed(ImportException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                "The import was refused; nothing was saved (" + e.errors().size() + " errors).");
        p.setTitle("Import refused");
        p.setProperty("errors", e.errors().stream().map(ImportException.LineError::toString).toList());
        return p;
    }
}
