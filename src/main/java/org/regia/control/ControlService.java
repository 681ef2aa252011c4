package org.regia.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.regia.identity.CurrentUser;
import org.regia.identity.RegiaAccount;
import org.regia.shared.DomainException;
import org.regia.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Management control: reading trees with computed and rolled-up colours (internal: control officers, committee,
 * administrators; public: the published subset), and the control officer's changes — observations, overrides with a
 * reason, bands, roll-up rule, yearly blocks and copy forward, refresh of KPIs bound to data sources.
 */
@Service
@Transactional
public class ControlService {

    private static final Logger log = LoggerFactory.getLogger(ControlService.class);
    private static final String READERS = "hasAnyRole('CONTROL_OFFICER','COMMITTEE','ADMIN')";
    private static final String WRITERS = "hasRole('CONTROL_OFFICER')";

    private final DocumentRepository documents;
    private final PillarRepository pillars;
    private final BodyRepository bodies;
    private final ObjectiveRepository objectives;
    private final KpiRepository kpis;
    private final ObservationRepository observations;
    private final YearBlockRepository years;
    private final SourceDefectRepository defects;
    private final List<ControlDataSource> dataSources;
    private final Clock clock;
    private final BudgetAllocationRepository budgetAllocations;
    private final ParticipantRepository participants;
    private final ActivityRepository activities;
    private final MilestoneRepository milestones;

    ControlService(DocumentRepository documents, PillarRepository pillars, BodyRepository bodies,
                   ObjectiveRepository objectives, KpiRepository kpis, ObservationRepository observations,
                   YearBlockRepository years, SourceDefectRepository defects, List<ControlDataSource> dataSources,
                   Clock clock, BudgetAllocationRepository budgetAllocations, ParticipantRepository participants,
                   ActivityRepository activities, MilestoneRepository milestones) {
        this.budgetAllocations = budgetAllocations;
        this.participants = participants;
        this.activities = activities;
        this.milestones = milestones;
        this.documents = documents;
        this.pillars = pillars;
        this.bodies = bodies;
        this.objectives = objectives;
        this.kpis = kpis;
        this.observations = observations;
        this.years = years;
        this.defects = defects;
        this.dataSources = dataSources;
        this.clock = clock;
    }

    // ---- reading ----------------------------------------------------------------------------------------------

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ControlDocument> documents() {
        return documents.findAllByOrderByYearDescCodeAsc();
    }

    @Transactional(readOnly = true)
    public List<ControlDocument> publishedDocuments() {
        return documents.findAllByOrderByYearDescCodeAsc().stream().filter(ControlDocument::isPublished).toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ControlDocument document(String code) {
        return documents.findByCode(code).orElseThrow(() -> new NotFoundException("control document", code));
    }

    @Transactional(readOnly = true)
    public ControlDocument publishedDocument(String code) {
        return documents.findByCode(code).filter(ControlDocument::isPublished)
                .orElseThrow(() -> new NotFoundException("control document", code));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ControlBody> bodies(UUID documentId) {
        return bodies.findByDocumentIdOrderByPosition(documentId);
    }

    @Transactional(readOnly = true)
    public List<ControlBody> publishedBodies(String documentCode) {
        return bodies.findByDocumentIdOrderByPosition(publishedDocument(documentCode).getId());
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ControlSourceDefect> sourceDefects(UUID documentId) {
        return defects.findByDocumentIdOrderByLine(documentId);
    }

    /** Every body tree of a document (internal view). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Views.BodyTree> trees(String documentCode) {
        ControlDocument doc = document(documentCode);
        return bodies.findByDocumentIdOrderByPosition(doc.getId()).stream().map(b -> tree(doc, b, o -> true, k -> true)).toList();
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Views.BodyTree tree(String documentCode, String bodyCode) {
        ControlDocument doc = document(documentCode);
        return tree(doc, body(doc, bodyCode), o -> true, k -> true);
    }

    /** The published subset: published objectives and KPIs of a published document. */
    @Transactional(readOnly = true)
    public Views.BodyTree publicTree(String documentCode, String bodyCode) {
        ControlDocument doc = publishedDocument(documentCode);
        return tree(doc, body(doc, bodyCode), ControlObjective::isPublished, ControlKpi::isPublished);
    }

    private ControlBody body(ControlDocument doc, String bodyCode) {
        return bodies.findByDocumentIdOrderByPosition(doc.getId()).stream().filter(b -> b.getCode().equals(bodyCode))
                .findFirst().orElseThrow(() -> new NotFoundException("control body", bodyCode));
    }

    Views.BodyTree tree(ControlDocument doc, ControlBody body, Predicate<ControlObjective> objectiveFilter,
                        Predicate<ControlKpi> kpiFilter) {
        return tree(doc, body, objectiveFilter, kpiFilter, null);
    }

    /**
     * The tree with the colours as they were at the end of {@code asOf} (null: now): only observations dated up to
     * that day count, and a manual override only if it was made by then.
     */
    Views.BodyTree tree(ControlDocument doc, ControlBody body, Predicate<ControlObjective> objectiveFilter,
                        Predicate<ControlKpi> kpiFilter, LocalDate asOf) {
        List<ControlObjective> all = objectives.findByBodyIdOrderByPosition(body.getId()).stream().filter(objectiveFilter).toList();
        Map<UUID, List<Views.KpiStatus>> kpisByObjective = kpiStatuses(all.stream().map(ControlObjective::getId).toList(), kpiFilter, asOf);
        Map<UUID, List<ControlObjective>> children = new HashMap<>();
        List<ControlObjective> roots = new ArrayList<>();
        java.util.Set<UUID> ids = all.stream().map(ControlObjective::getId).collect(Collectors.toSet());
        for (ControlObjective o : all) {
            if (o.getParentId() == null || !ids.contains(o.getParentId())) {
                roots.add(o);
            } else {
                children.computeIfAbsent(o.getParentId(), k -> new ArrayList<>()).add(o);
            }
        }
        RollUpRule rule = body.getRollUpRule();
        List<Views.TreeNode> nodes = roots.stream().map(o -> node(o, children, kpisByObjective, rule)).toList();
        Colour colour = rule.combine(nodes.stream().map(Views.TreeNode::colour).toList());
        return new Views.BodyTree(doc, body, pillars.findByDocumentIdOrderByPosition(doc.getId()), nodes, colour);
    }

    private Views.TreeNode node(ControlObjective o, Map<UUID, List<ControlObjective>> children,
                                Map<UUID, List<Views.KpiStatus>> kpisByObjective, RollUpRule rule) {
        List<Views.TreeNode> kids = children.getOrDefault(o.getId(), List.of()).stream()
                .map(c -> node(c, children, kpisByObjective, rule)).toList();
        List<Views.KpiStatus> ks = kpisByObjective.getOrDefault(o.getId(), List.of());
        List<Colour> colours = new ArrayList<>();
        ks.forEach(k -> colours.add(k.effective()));
        kids.forEach(k -> colours.add(k.colour()));
        return new Views.TreeNode(o, ks, kids, rule.combine(colours));
    }

    private Map<UUID, List<Views.KpiStatus>> kpiStatuses(List<UUID> objectiveIds, Predicate<ControlKpi> filter, LocalDate asOf) {
        if (objectiveIds.isEmpty()) {
            return Map.of();
        }
        List<ControlKpi> list = kpis.findByObjectiveIdInOrderByPosition(objectiveIds).stream().filter(filter).toList();
        Map<UUID, List<ControlObservation>> obs = list.isEmpty() ? Map.of()
                : observations.findByKpiIdInOrderByObservedOnAscRecordedAtAsc(list.stream().map(ControlKpi::getId).toList())
                .stream().filter(o -> asOf == null || !o.getObservedOn().isAfter(asOf))
                .collect(Collectors.groupingBy(ControlObservation::getKpiId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<Views.KpiStatus>> result = new LinkedHashMap<>();
        for (ControlKpi k : list) {
            boolean overrideThen = asOf == null || (k.getOverrideAt() != null
                    && !k.getOverrideAt().atZone(clock.getZone()).toLocalDate().isAfter(asOf));
            result.computeIfAbsent(k.getObjectiveId(), x -> new ArrayList<>())
                    .add(status(k, obs.getOrDefault(k.getId(), List.of()), overrideThen));
        }
        return result;
    }

    static Views.KpiStatus status(ControlKpi k, List<ControlObservation> obs) {
        return status(k, obs, true);
    }

    static Views.KpiStatus status(ControlKpi k, List<ControlObservation> obs, boolean withOverride) {
        BandSet set = k.bandSet();
        ColourRule.Result r = ColourRule.compute(set, obs.stream().map(ControlObservation::point).toList(),
                withOverride ? k.getOverrideColour() : null);
        List<BandIssue> issues = new ArrayList<>(set.validate());
        issues.addAll(BandSet.compareLanguages(set, k.bandSetNl()));
        ControlObservation latest = obs.stream().max(Comparator.comparing(ControlObservation::getObservedOn)
                .thenComparing(ControlObservation::getRecordedAt)).orElse(null);
        return new Views.KpiStatus(k, r, latest, issues);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Views.KpiDetail kpi(UUID kpiId) {
        return kpiDetail(kpiId, false);
    }

    @Transactional(readOnly = true)
    public Views.KpiDetail publicKpi(UUID kpiId) {
        return kpiDetail(kpiId, true);
    }

    private Views.KpiDetail kpiDetail(UUID kpiId, boolean publicOnly) {
        ControlKpi k = kpis.findById(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        ControlObjective o = objectives.findById(k.getObjectiveId()).orElseThrow();
        ControlBody b = bodies.findById(o.getBodyId()).orElseThrow();
        ControlDocument d = documents.findById(b.getDocumentId()).orElseThrow();
        if (publicOnly && !(d.isPublished() && o.isPublished() && k.isPublished())) {
            throw new NotFoundException("kpi", kpiId);
        }
        List<ControlObservation> obs = observations.findByKpiIdOrderByObservedOnAscRecordedAtAsc(kpiId);
        return new Views.KpiDetail(d, b, o, status(k, obs), obs);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Views.ObjectiveDetail objective(UUID objectiveId) {
        ControlObjective o = objectives.findById(objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
        ControlBody b = bodies.findById(o.getBodyId()).orElseThrow();
        ControlDocument d = documents.findById(b.getDocumentId()).orElseThrow();
        Views.BodyTree t = tree(d, b, x -> true, x -> true);
        Views.TreeNode node = t.all().filter(n -> n.objective().getId().equals(objectiveId)).findFirst().orElseThrow();
        return new Views.ObjectiveDetail(d, b, node, years.findByObjectiveIdOrderByYear(objectiveId), roadmap(objectiveId));
    }

    /** Resources and roadmap of an objective, with the other objectives funded by the same budget lines. */
    Views.Roadmap roadmap(UUID objectiveId) {
        List<ControlBudgetAllocation> lines = budgetAllocations.findByObjectiveIdOrderByPosition(objectiveId);
        Map<String, List<String>> shared = new LinkedHashMap<>();
        if (!lines.isEmpty()) {
            List<ControlBudgetAllocation> same = budgetAllocations.findByCodeIn(lines.stream().map(ControlBudgetAllocation::getCode).toList());
            Map<UUID, ControlObjective> others = objectives.findAllById(same.stream().map(ControlBudgetAllocation::getObjectiveId)
                    .filter(id -> !id.equals(objectiveId)).distinct().toList()).stream()
                    .collect(Collectors.toMap(ControlObjective::getId, o -> o));
            Map<UUID, ControlBody> bodyById = new HashMap<>();
            for (ControlBudgetAllocation a : same) {
                ControlObjective other = others.get(a.getObjectiveId());
                if (other != null) {
                    ControlBody ob = bodyById.computeIfAbsent(other.getBodyId(), id -> bodies.findById(id).orElseThrow());
                    shared.computeIfAbsent(a.getCode(), c -> new ArrayList<>()).add(ob.getCode() + " " + other.getNumber());
                }
            }
        }
        return new Views.Roadmap(lines, participants.findByObjectiveIdOrderByPosition(objectiveId),
                activities.findByObjectiveIdOrderByPosition(objectiveId), milestones.findByObjectiveIdOrderByPosition(objectiveId),
                shared);
    }

    // ---- editing an objective -------------------------------------------------------------------------------

    /**
     * Changes the texts, deadline, resources and roadmap of an objective. Every row is checked first (the error names
     * the row, e.g. {@code milestones[1].dueOn}); with one error nothing is saved. The lead actor and the partners
     * become those of the roadmap. History is kept by Envers on the objective and on every row.
     */
    @PreAuthorize(WRITERS)
    public ControlObjective editObjective(UUID objectiveId, ObjectiveEdit edit) {
        ControlObjective o = objectives.findById(objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
        if (o.getVersion() != edit.version()) {
            throw new DomainException("control.concurrentChange");
        }
        List<ControlBudgetAllocation> newLines = new ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < edit.budgetLines().size(); i++) {
            ObjectiveEdit.BudgetRow row = edit.budgetLines().get(i);
            if (row.blank()) {
                continue;
            }
            String field = "budgetLines[" + i + "].";
            BudgetLine line = row.code() == null || row.code().isBlank()
                    ? rethrow(field, () -> { throw DomainException.onField("code", "control.budgetLine.required"); })
                    : rethrow(field, () -> BudgetLine.parse("code", row.code()));
            if (!codes.add(line.code())) {
                throw DomainException.onField(field + "code", "control.budgetLine.duplicate", line.code());
            }
            newLines.add(rethrow(field, () -> new ControlBudgetAllocation(objectiveId, newLines.size(), line, row.note())));
        }
        List<ControlRoadmapParticipant> newParticipants = new ArrayList<>();
        java.util.Set<String> organisations = new java.util.HashSet<>();
        String lead = null;
        for (int i = 0; i < edit.participants().size(); i++) {
            ObjectiveEdit.ParticipantRow row = edit.participants().get(i);
            if (row.blank()) {
                continue;
            }
            String field = "participants[" + i + "].";
            ControlRoadmapParticipant p = rethrow(field, () -> new ControlRoadmapParticipant(objectiveId, newParticipants.size(),
                    row.organisation(), row.role()));
            if (!organisations.add(p.getOrganisation().toLowerCase(java.util.Locale.ROOT))) {
                throw DomainException.onField(field + "organisation", "control.roadmap.organisationTwice", p.getOrganisation());
            }
            if (p.getRole() == RoadmapRole.LEAD) {
                if (lead != null) {
                    throw DomainException.onField(field + "role", "control.roadmap.oneLead", lead, p.getOrganisation());
                }
                lead = p.getOrganisation();
            }
            newParticipants.add(p);
        }
        List<ControlRoadmapActivity> newActivities = new ArrayList<>();
        for (int i = 0; i < edit.activities().size(); i++) {
            ObjectiveEdit.ActivityRow row = edit.activities().get(i);
            if (!row.blank()) {
                newActivities.add(rethrow("activities[" + i + "].", () -> new ControlRoadmapActivity(objectiveId,
                        newActivities.size(), row.descriptionFr(), row.descriptionNl())));
            }
        }
        List<ControlMilestone> newMilestones = new ArrayList<>();
        for (int i = 0; i < edit.milestones().size(); i++) {
            ObjectiveEdit.MilestoneRow row = edit.milestones().get(i);
            if (!row.blank()) {
                newMilestones.add(rethrow("milestones[" + i + "].", () -> new ControlMilestone(objectiveId,
                        newMilestones.size(), row.labelFr(), row.labelNl(), row.dueOn(), row.reachedOn())));
            }
        }
        o.retitle(edit.titleFr(), edit.titleNl(), edit.descriptionFr(), edit.descriptionNl());
        o.setDeadline(edit.deadline());
        o.resources(edit.fte(), edit.itNeedsFr(), edit.itNeedsNl());
        o.roadmapActors(lead, newParticipants.stream().filter(p -> p.getRole() == RoadmapRole.PARTNER)
                .map(ControlRoadmapParticipant::getOrganisation).collect(Collectors.joining(", ")));
        // rows are replaced (Envers keeps the removed ones in the history); deletes are flushed before the inserts
        budgetAllocations.deleteAll(budgetAllocations.findByObjectiveIdOrderByPosition(objectiveId));
        participants.deleteAll(participants.findByObjectiveIdOrderByPosition(objectiveId));
        activities.deleteAll(activities.findByObjectiveIdOrderByPosition(objectiveId));
        milestones.deleteAll(milestones.findByObjectiveIdOrderByPosition(objectiveId));
        budgetAllocations.flush();
        budgetAllocations.saveAll(newLines);
        participants.saveAll(newParticipants);
        activities.saveAll(newActivities);
        milestones.saveAll(newMilestones);
        return o;
    }

    /** Runs a row's check and prefixes the field of its error with the row (e.g. "milestones[1]."). */
    private static <T> T rethrow(String prefix, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainException e) {
            throw DomainException.onField(prefix + (e.field() == null ? "" : e.field()), e.messageKey(), e.arguments());
        }
    }

    /** Innovation-plan dashboard: every action of the document with its axis and rolled-up colour. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Views.PlanAction> planActions(String documentCode) {
        return planActions(document(documentCode), false);
    }

    /** The dashboard restricted to the published subset of a published plan. */
    @Transactional(readOnly = true)
    public List<Views.PlanAction> publicPlanActions(String documentCode) {
        return planActions(publishedDocument(documentCode), true);
    }

    private List<Views.PlanAction> planActions(ControlDocument doc, boolean publicOnly) {
        Map<UUID, ControlPillar> axes = pillars.findByDocumentIdOrderByPosition(doc.getId()).stream()
                .collect(Collectors.toMap(ControlPillar::getId, p -> p));
        List<Views.PlanAction> out = new ArrayList<>();
        for (ControlBody b : bodies.findByDocumentIdOrderByPosition(doc.getId())) {
            Views.BodyTree t = tree(doc, b, o -> !publicOnly || o.isPublished(), k -> !publicOnly || k.isPublished());
            t.all().filter(n -> n.objective().getLevel() == ObjectiveLevel.ACTION)
                    .forEach(n -> out.add(new Views.PlanAction(n.objective(), axes.get(n.objective().getPillarId()), n.colour())));
        }
        return out;
    }

    List<ControlObservation> observationsOf(UUID kpiId) {
        return observations.findByKpiIdOrderByObservedOnAscRecordedAtAsc(kpiId);
    }

    public List<ControlDataSource> dataSources() {
        return dataSources.stream().sorted(Comparator.comparing(ControlDataSource::name)).toList();
    }

    // ---- changes ----------------------------------------------------------------------------------------------

    /** Records a dated observation; the value is read strictly (no thousands separators). */
    @PreAuthorize(WRITERS)
    public ControlObservation recordObservation(UUID kpiId, LocalDate observedOn, String valueText, String level,
                                                String source, String comment) {
        ControlKpi k = kpis.findById(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        BigDecimal value = valueText == null || valueText.isBlank() ? null : StrictNumber.parse("value", valueText);
        return observations.save(new ControlObservation(k, observedOn, value, level, source, author(), comment, clock.instant()));
    }

    @PreAuthorize(WRITERS)
    public ControlKpi override(UUID kpiId, long expectedVersion, Colour colour, String reason) {
        ControlKpi k = kpiForChange(kpiId, expectedVersion);
        k.override(colour, reason, author(), clock.instant());
        return k;
    }

    @PreAuthorize(WRITERS)
    public ControlKpi clearOverride(UUID kpiId, long expectedVersion) {
        ControlKpi k = kpiForChange(kpiId, expectedVersion);
        k.clearOverride();
        return k;
    }

    /** Validates and saves bands; with issues, nothing changes unless the officer accepts them. */
    @PreAuthorize(WRITERS)
    public List<BandIssue> defineBands(UUID kpiId, long expectedVersion, BandKind kind, EdgePolicy policy, String frText,
                                       String nlText, boolean acceptIssues) {
        ControlKpi k = kpiForChange(kpiId, expectedVersion);
        return k.defineBands(kind, policy, frText, nlText, acceptIssues);
    }

    @PreAuthorize(WRITERS)
    public ControlKpi bind(UUID kpiId, long expectedVersion, String dataSource, String unit) {
        ControlKpi k = kpiForChange(kpiId, expectedVersion);
        if (dataSource != null && !dataSource.isBlank() && source(dataSource).isEmpty()) {
            throw DomainException.onField("dataSource", "control.dataSource.unknown", dataSource);
        }
        if (dataSource != null && !dataSource.isBlank() && !k.getBandKind().isRange() && k.getBandKind() != BandKind.TREND) {
            throw DomainException.onField("dataSource", "control.dataSource.numericOnly", dataSource);
        }
        k.bindTo(dataSource, unit);
        return k;
    }

    @PreAuthorize(WRITERS)
    public void setRollUpRule(UUID bodyId, RollUpRule rule) {
        bodies.findById(bodyId).orElseThrow(() -> new NotFoundException("body", bodyId)).setRollUpRule(rule);
    }

    @PreAuthorize(WRITERS)
    public ControlYearBlock saveYear(UUID objectiveId, int year, YearStatus status, String realisedFr, String realisedNl,
                                     Colour colourReached, String plannedFr, String plannedNl, String plannedDeadline) {
        objectives.findById(objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
        if (year < 2000 || year > 2100) {
            throw DomainException.onField("year", "control.year.invalid", year);
        }
        ControlYearBlock block = years.findByObjectiveIdAndYear(objectiveId, year)
                .orElseGet(() -> years.save(new ControlYearBlock(objectiveId, year)));
        block.realise(status, realisedFr, realisedNl, colourReached);
        block.plan(plannedFr, plannedNl, plannedDeadline);
        return block;
    }

    /** Copies the plan of {@code year} to year+1; the copy is flagged when its deadline is already past. */
    @PreAuthorize(WRITERS)
    public ControlYearBlock copyForward(UUID objectiveId, int year) {
        ControlYearBlock from = years.findByObjectiveIdAndYear(objectiveId, year)
                .orElseThrow(() -> DomainException.onField("year", "control.year.nothingToCopy", year));
        if (years.findByObjectiveIdAndYear(objectiveId, year + 1).isPresent()) {
            throw DomainException.onField("year", "control.year.alreadyPlanned", year + 1);
        }
        return years.save(from.copyForward(LocalDate.now(clock)));
    }

    /** Refreshes every KPI bound to a data source (scheduled, or asked for by an officer). Returns the failures. */
    public Map<String, String> refreshDataSources() {
        Map<String, String> failures = new LinkedHashMap<>();
        for (ControlKpi k : kpis.findByDataSourceIsNotNull()) {
            String error = refresh(k);
            if (error != null) {
                failures.put(k.getCode(), error);
            }
        }
        return failures;
    }

    private String refresh(ControlKpi k) {
        Optional<ControlDataSource> ds = source(k.getDataSource());
        String error;
        if (ds.isEmpty()) {
            error = "unknown data source " + k.getDataSource();
        } else {
            try {
                BigDecimal value = ds.get().measure();
                if (value == null) {
                    throw new IllegalStateException("the query returned no value");
                }
                LocalDate today = LocalDate.now(clock);
                observations.findByKpiIdOrderByObservedOnAscRecordedAtAsc(k.getId()).stream()
                        .filter(o -> o.getObservedOn().equals(today) && o.getAuthor().startsWith("source:"))
                        .forEach(observations::delete);
                observations.save(new ControlObservation(k, today, value, null, "data source " + ds.get().name(),
                        "source:" + ds.get().name(), null, clock.instant()));
                error = null;
            } catch (RuntimeException e) {
                error = ds.get().name() + " failed: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                log.warn("KPI {} bound to {}: {}", k.getCode(), k.getDataSource(), error);
            }
        }
        k.refreshed(clock.instant(), error);
        return error;
    }

    private Optional<ControlDataSource> source(String name) {
        return dataSources.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    private ControlKpi kpiForChange(UUID kpiId, long expectedVersion) {
        ControlKpi k = kpis.findById(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        if (k.getVersion() != expectedVersion) {
            throw new DomainException("control.concurrentChange");
        }
        return k;
    }

    private static String author() {
        return CurrentUser.get().map(RegiaAccount::email).orElse("system");
    }
}
