package org.regia.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly snapshots (the colour and last value of every KPI and objective of every body as at a quarter's end) and
 * the management-control dashboard: objectives of a document filtered by body, colour and status, now or at a past
 * quarter, with the change since the previous quarter.
 */
@Service
@Transactional
public class ControlDashboards {

    private static final String READERS = "hasAnyRole('CONTROL_OFFICER','COMMITTEE','ADMIN')";

    private final ControlService control;
    private final DocumentRepository documents;
    private final BodyRepository bodies;
    private final SnapshotRepository snapshots;
    private final SnapshotEntryRepository entries;
    private final Clock clock;

    ControlDashboards(ControlService control, DocumentRepository documents, BodyRepository bodies,
                      SnapshotRepository snapshots, SnapshotEntryRepository entries, Clock clock) {
        this.control = control;
        this.documents = documents;
        this.bodies = bodies;
        this.snapshots = snapshots;
        this.entries = entries;
        this.clock = clock;
    }

    // ---- snapshots --------------------------------------------------------------------------------------------

    /**
     * An officer takes (or takes again) the snapshot of a document's bodies at the end of a quarter; the quarter must
     * have ended. Colours are computed from the observations dated up to the quarter's last day.
     */
    @PreAuthorize("hasRole('CONTROL_OFFICER')")
    public int takeSnapshot(String documentCode, String quarterText) {
        Quarter q = Quarter.parse(quarterText);
        if (!q.end().isBefore(LocalDate.now(clock))) {
            throw DomainException.onField("quarter", "control.snapshot.notEnded", q.toString(), q.end());
        }
        ControlDocument doc = control.document(documentCode);
        String by = CurrentUser.get().map(RegiaAccount::email).orElse("system");
        int n = 0;
        for (ControlBody b : bodies.findByDocumentIdOrderByPosition(doc.getId())) {
            take(doc, b, q, ControlSnapshot.Trigger.MANUAL, by);
            n++;
        }
        return n;
    }

    /** Scheduled: the snapshot of the last ended quarter for every body that has none yet (per the injected clock). */
    public int takeDueSnapshots() {
        return takeDueSnapshots(LocalDate.now(clock));
    }

    int takeDueSnapshots(LocalDate today) {
        Quarter q = Quarter.lastEnded(today);
        int n = 0;
        for (ControlDocument doc : documents.findAll()) {
            for (ControlBody b : bodies.findByDocumentIdOrderByPosition(doc.getId())) {
                if (snapshots.findByBodyIdAndYearAndQuarter(b.getId(), q.year(), q.quarter()).isEmpty()) {
                    take(doc, b, q, ControlSnapshot.Trigger.SCHEDULED, "system");
                    n++;
                }
            }
        }
        return n;
    }

    private void take(ControlDocument doc, ControlBody body, Quarter q, ControlSnapshot.Trigger trigger, String by) {
        snapshots.findByBodyIdAndYearAndQuarter(body.getId(), q.year(), q.quarter()).ifPresent(old -> {
            entries.deleteAll(entries.findBySnapshotIdIn(List.of(old.getId())));
            snapshots.delete(old);
            snapshots.flush();
        });
        Views.BodyTree tree = control.tree(doc, body, o -> true, k -> true, q.end());
        ControlSnapshot s = snapshots.save(new ControlSnapshot(body.getId(), q, clock.instant(), by, trigger, tree.colour()));
        List<ControlSnapshotEntry> lines = new ArrayList<>();
        tree.all().forEach(n -> {
            lines.add(new ControlSnapshotEntry(s.getId(), n.objective().getId(), null, n.colour(), null, null, null));
            for (Views.KpiStatus k : n.kpis()) {
                ColourRule.Result r = k.colour();
                java.math.BigDecimal value = null;
                String level = r.level();
                // the value of the observation the colour was computed from (latest dated up to the quarter's end)
                value = lastValue(k.kpi().getId(), q.end());
                lines.add(new ControlSnapshotEntry(s.getId(), n.objective().getId(), k.kpi().getId(), k.effective(), value,
                        level, r.asOf()));
            }
        });
        entries.saveAll(lines);
    }

    private java.math.BigDecimal lastValue(UUID kpiId, LocalDate end) {
        return control.observationsOf(kpiId).stream().filter(o -> !o.getObservedOn().isAfter(end) && o.getValue() != null)
                .reduce((a, b) -> b).map(ControlObservation::getValue).orElse(null);
    }

    /** The quarters for which the document has snapshots, latest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Quarter> quarters(String documentCode) {
        ControlDocument doc = control.document(documentCode);
        List<UUID> bodyIds = bodies.findByDocumentIdOrderByPosition(doc.getId()).stream().map(ControlBody::getId).toList();
        return snapshots.findByBodyIdIn(bodyIds).stream().map(ControlSnapshot::quarter)
                .collect(Collectors.toCollection(TreeSet::new)).descendingSet().stream().toList();
    }

    /** Every snapshot line of a document at a quarter (KPIs with their value, objectives), by body code. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Map<String, List<ControlSnapshotEntry>> snapshot(String documentCode, String quarterText) {
        Quarter q = Quarter.parse(quarterText);
        ControlDocument doc = control.document(documentCode);
        Map<String, List<ControlSnapshotEntry>> out = new LinkedHashMap<>();
        for (ControlBody b : bodies.findByDocumentIdOrderByPosition(doc.getId())) {
            snapshots.findByBodyIdAndYearAndQuarter(b.getId(), q.year(), q.quarter())
                    .ifPresent(s -> out.put(b.getCode(), entries.findBySnapshotIdIn(List.of(s.getId()))));
        }
        if (out.isEmpty()) {
            throw new NotFoundException("snapshot", documentCode + " " + q);
        }
        return out;
    }

    // ---- dashboard --------------------------------------------------------------------------------------------

    /** How a colour moved since the previous quarter. */
    public enum Change { BETTER, WORSE, SAME, NOT_COMPARABLE }

    /** The filters of the dashboard, as typed (blank = all; quarter blank = now). */
    public record Filter(String document, String body, String colour, String status, String quarter) {
    }

    public record Row(ControlBody body, ControlObjective objective, int depth, Colour colour, Colour previous,
                      Change change, int kpis) {
    }

    public record Dashboard(ControlDocument document, List<ControlDocument> documents, List<ControlBody> bodies,
                            List<Quarter> quarters, Quarter quarter, Quarter comparedWith, List<Row> rows,
                            Map<String, Long> colourCounts, Map<String, Long> changeCounts) {
    }

    /**
     * The dashboard: every objective of the document (or of one body) with its colour now or at the chosen quarter,
     * and the change compared with the previous quarter's snapshot (now: with the latest snapshot). Unknown filter
     * values are refused at their field.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Dashboard dashboard(Filter f) {
        List<ControlDocument> all = documents.findAllByOrderByYearDescCodeAsc();
        if (all.isEmpty()) {
            return new Dashboard(null, all, List.of(), List.of(), null, null, List.of(), Map.of(), Map.of());
        }
        ControlDocument doc = blank(f.document()) ? all.get(0)
                : all.stream().filter(d -> d.getCode().equals(f.document().trim())).findFirst()
                .orElseThrow(() -> DomainException.onField("document", "control.filter.unknown", f.document()));
        List<ControlBody> docBodies = bodies.findByDocumentIdOrderByPosition(doc.getId());
        List<ControlBody> chosen = blank(f.body()) ? docBodies : docBodies.stream().filter(b -> b.getCode().equals(f.body().trim()))
                .toList();
        if (chosen.isEmpty()) {
            throw DomainException.onField("body", "control.filter.unknown", f.body());
        }
        String colour = blank(f.colour()) ? null : f.colour().trim().toUpperCase();
        if (colour != null && !colour.equals("NONE") && Colour.parse(colour) == null) {
            throw DomainException.onField("colour", "control.filter.unknown", f.colour());
        }
        String status = blank(f.status()) ? null : f.status().trim().toUpperCase();
        if (status != null && !status.equals("NONE") && java.util.Arrays.stream(YearStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw DomainException.onField("status", "control.filter.unknown", f.status());
        }
        List<Quarter> quarters = quarters(doc.getCode());
        Quarter quarter = blank(f.quarter()) ? null : Quarter.parse(f.quarter());
        if (quarter != null && !quarters.contains(quarter)) {
            throw DomainException.onField("quarter", "control.snapshot.none", quarter.toString());
        }
        Quarter compared = quarter == null ? (quarters.isEmpty() ? null : quarters.get(0))
                : (quarters.contains(quarter.previous()) ? quarter.previous() : null);
        Map<UUID, Colour> then = quarter == null ? null : objectiveColours(chosen, quarter);
        Map<UUID, Colour> before = compared == null ? Map.of() : objectiveColours(chosen, compared);
        List<Row> rows = new ArrayList<>();
        for (ControlBody b : chosen) {
            Views.BodyTree tree = control.tree(doc, b, o -> true, k -> true);
            for (Views.TreeNode root : tree.roots()) {
                collect(rows, b, root, 0, then, before, compared != null);
            }
        }
        List<Row> shown = rows.stream()
                .filter(r -> colour == null || (colour.equals("NONE") ? r.colour() == null : r.colour() == Colour.parse(colour)))
                .filter(r -> status == null || (status.equals("NONE") ? r.objective().getStatus() == null
                        : r.objective().getStatus() != null && r.objective().getStatus().name().equals(status)))
                .toList();
        Map<String, Long> colourCounts = shown.stream().collect(Collectors.groupingBy(
                r -> r.colour() == null ? "NONE" : r.colour().name(), LinkedHashMap::new, Collectors.counting()));
        Map<String, Long> changeCounts = shown.stream().collect(Collectors.groupingBy(
                r -> r.change().name(), LinkedHashMap::new, Collectors.counting()));
        return new Dashboard(doc, all, docBodies, quarters, quarter, compared, shown, colourCounts, changeCounts);
    }

    private void collect(List<Row> rows, ControlBody b, Views.TreeNode n, int depth, Map<UUID, Colour> then,
                         Map<UUID, Colour> before, boolean comparable) {
        UUID id = n.objective().getId();
        Colour colour = then == null ? n.colour() : then.get(id);
        Colour previous = before.get(id);
        rows.add(new Row(b, n.objective(), depth, colour, previous, change(colour, previous, comparable && before.containsKey(id)),
                n.kpis().size()));
        for (Views.TreeNode c : n.children()) {
            collect(rows, b, c, depth + 1, then, before, comparable);
        }
    }

    static Change change(Colour now, Colour previous, boolean comparable) {
        if (!comparable || now == null || previous == null) {
            return Change.NOT_COMPARABLE;
        }
        return now == previous ? Change.SAME : now.ordinal() < previous.ordinal() ? Change.BETTER : Change.WORSE;
    }

    /** Objective colours of a quarter's snapshots (objectives absent from it map to nothing). */
    private Map<UUID, Colour> objectiveColours(List<ControlBody> bodyList, Quarter q) {
        List<UUID> ids = new ArrayList<>();
        for (ControlBody b : bodyList) {
            snapshots.findByBodyIdAndYearAndQuarter(b.getId(), q.year(), q.quarter()).ifPresent(s -> ids.add(s.getId()));
        }
        Map<UUID, Colour> out = new HashMap<>();
        if (!ids.isEmpty()) {
            entries.findBySnapshotIdIn(ids).stream().filter(e -> e.getKpiId() == null)
                    .forEach(e -> out.put(e.getObjectiveId(), e.getColour()));
        }
        return out;
    }

    /** The KPI's snapshots: quarter → colour and value (for the KPI page). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Map.Entry<Quarter, ControlSnapshotEntry>> kpiHistory(UUID kpiId) {
        List<ControlSnapshotEntry> list = entries.findByKpiIdOrderByObservedOn(kpiId);
        Map<UUID, ControlSnapshot> byId = snapshots.findAllById(list.stream().map(ControlSnapshotEntry::getSnapshotId).toList())
                .stream().collect(Collectors.toMap(ControlSnapshot::getId, s -> s));
        return list.stream().map(e -> Map.entry(byId.get(e.getSnapshotId()).quarter(), e))
                .sorted(Map.Entry.comparingByKey(Comparator.reverseOrder())).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    Optional<ControlSnapshot> snapshotOf(UUID bodyId, Quarter q) {
        return snapshots.findByBodyIdAndYearAndQuarter(bodyId, q.year(), q.quarter());
    }
}
