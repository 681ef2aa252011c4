package org.regia.control;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.regia.shared.DomainException;
import org.springframework.core.io.Resource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports one planning document from the CSV format described in docs/control.md (semicolon-separated, UTF-8, a
 * header row, one row per document / pillar / body / objective / action / KPI / observation / noted defect). The
 * whole file is read and checked first; any error refuses the whole file with every error's line, column and value,
 * and nothing is saved. The bands are validated and the source's defects are listed in the report (and kept).
 */
@Service
public class ControlImporter {

    static final String[] COLUMNS = {"type", "body", "number", "pillar", "domain", "title_fr", "title_nl", "deadline",
            "status", "lead", "partners", "indicator", "band_kind", "edge", "bands_fr", "bands_nl", "date", "value",
            "source", "public", "note"};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final DocumentRepository documents;
    private final PillarRepository pillars;
    private final BodyRepository bodies;
    private final ObjectiveRepository objectives;
    private final KpiRepository kpis;
    private final ObservationRepository observations;
    private final YearBlockRepository years;
    private final ParticipantRepository participants;
    private final SourceDefectRepository defects;
    private final Clock clock;

    ControlImporter(DocumentRepository documents, PillarRepository pillars, BodyRepository bodies,
                    ObjectiveRepository objectives, KpiRepository kpis, ObservationRepository observations,
                    YearBlockRepository years, SourceDefectRepository defects, Clock clock,
                    ParticipantRepository participants) {
        this.participants = participants;
        this.documents = documents;
        this.pillars = pillars;
        this.bodies = bodies;
        this.objectives = objectives;
        this.kpis = kpis;
        this.observations = observations;
        this.years = years;
        this.defects = defects;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('CONTROL_OFFICER','ADMIN')")
    @Transactional
    public ImportReport importFile(String fileName, Reader reader) {
        return load(fileName, reader);
    }

    /** For the demo loader and tests: imports a file of the classpath (no user). */
    @Transactional
    public ImportReport importResource(Resource resource) {
        try (Reader r = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return load(resource.getFilename(), r);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private ImportReport load(String fileName, Reader reader) {
        Batch batch = new Batch(fileName);
        List<CSVRecord> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try {
            CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
            List<String> header = parser.getHeaderNames();
            for (String c : COLUMNS) {
                if (!header.contains(c)) {
                    throw new ImportException(List.of(new ImportException.LineError(1, c, null, "control.import.missingColumn", List.of(c))));
                }
            }
            for (CSVRecord record : parser) {
                records.add(record);
                lines.add((int) parser.getCurrentLineNumber());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new ImportException(List.of(new ImportException.LineError(0, null, null, "control.import.unreadable",
                    List.of(String.valueOf(e.getMessage())))));
        }
        for (int i = 0; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int line = lines.get(i);
            try {
                batch.row(r, line);
            } catch (DomainException e) {
                String column = column(e.field());
                batch.errors.add(new ImportException.LineError(line, column, column == null ? null : get(r, column),
                        e.messageKey(), List.of(e.arguments())));
            }
        }
        if (batch.document == null && batch.errors.isEmpty()) {
            batch.errors.add(new ImportException.LineError(1, "type", null, "control.import.noDocument", List.of()));
        }
        if (!batch.errors.isEmpty()) {
            throw new ImportException(batch.errors);
        }
        return batch.save();
    }

    private static String column(String field) {
        if (field == null) {
            return null;
        }
        return switch (field) {
            case "bands" -> "bands_fr";
            case "titleFr", "nameFr" -> "title_fr";
            case "titleNl", "nameNl" -> "title_nl";
            case "observedOn" -> "date";
            case "level" -> "value";
            case "plannedDeadline" -> "deadline";
            case "bandKind" -> "band_kind";
            default -> List.of(COLUMNS).contains(field) ? field : null;
        };
    }

    static String get(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String v = r.get(column);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Everything read from one file, kept in memory until the whole file is known to be valid. */
    private final class Batch {
        final String fileName;
        final List<ImportException.LineError> errors = new ArrayList<>();
        ControlDocument document;
        final Map<String, ControlPillar> pillarsByCode = new LinkedHashMap<>();
        final Map<String, ControlBody> bodiesByCode = new LinkedHashMap<>();
        final List<ControlObjective> objectiveList = new ArrayList<>();
        final Map<String, ControlObjective> lastByBodyLevel = new HashMap<>();
        final Set<String> objectiveKeys = new HashSet<>();
        final List<ControlKpi> kpiList = new ArrayList<>();
        final Set<String> kpiKeys = new HashSet<>();
        final List<ControlObservation> observationList = new ArrayList<>();
        final List<ControlYearBlock> yearList = new ArrayList<>();
        final List<ControlRoadmapParticipant> participantList = new ArrayList<>();
        final List<ImportReport.Defect> defectList = new ArrayList<>();
        final Map<String, Integer> counts = new LinkedHashMap<>();
        ControlObjective lastObjective;
        ControlKpi lastKpi;
        String lastKpiRef;
        int position;

        Batch(String fileName) {
            this.fileName = fileName;
        }

        void row(CSVRecord r, int line) {
            String type = get(r, "type");
            if (type == null) {
                throw DomainException.onField("type", "control.import.typeRequired");
            }
            if (!"DOCUMENT".equals(type) && document == null) {
                throw DomainException.onField("type", "control.import.documentFirst", type);
            }
            switch (type) {
                case "DOCUMENT" -> document(r);
                case "PILLAR" -> pillar(r);
                case "BODY" -> body(r);
                case "OS" -> objective(r, line, ObjectiveLevel.STRATEGIC);
                case "OO" -> objective(r, line, ObjectiveLevel.OPERATIONAL);
                case "ACTION" -> objective(r, line, ObjectiveLevel.ACTION);
                case "KPI" -> kpi(r, line);
                case "OBS" -> observation(r);
                case "DEFECT" -> defectList.add(new ImportReport.Defect(line, ref(lastObjective) , "NOTED", require(r, "note")));
                default -> throw DomainException.onField("type", "control.import.unknownType", type);
            }
        }

        private void document(CSVRecord r) {
            if (document != null) {
                throw DomainException.onField("type", "control.import.secondDocument");
            }
            String code = require(r, "number");
            if (documents.findByCode(code).isPresent()) {
                throw DomainException.onField("number", "control.import.documentExists", code);
            }
            DocumentKind kind = enumValue(DocumentKind.class, "status", get(r, "status"));
            String y = require(r, "deadline");
            if (!y.matches("\\d{4}")) {
                throw DomainException.onField("deadline", "control.import.year", y);
            }
            document = new ControlDocument(code, kind, Integer.parseInt(y), get(r, "title_fr"), get(r, "title_nl"), get(r, "source"));
            document.publish(yes(r, true));
        }

        private void pillar(CSVRecord r) {
            String code = require(r, "number");
            if (pillarsByCode.containsKey(code)) {
                throw DomainException.onField("number", "control.import.duplicate", code);
            }
            pillarsByCode.put(code, new ControlPillar(document.getId(), code, get(r, "title_fr"), get(r, "title_nl"), pillarsByCode.size()));
        }

        private void body(CSVRecord r) {
            String code = require(r, "body");
            if (bodiesByCode.containsKey(code)) {
                throw DomainException.onField("body", "control.import.duplicate", code);
            }
            String rule = get(r, "status");
            bodiesByCode.put(code, new ControlBody(document.getId(), code, get(r, "title_fr"), get(r, "title_nl"),
                    rule == null ? RollUpRule.WORST_OF : enumValue(RollUpRule.class, "status", rule), bodiesByCode.size()));
        }

        private void objective(CSVRecord r, int line, ObjectiveLevel level) {
            String bodyCode = require(r, "body");
            ControlBody body = bodiesByCode.get(bodyCode);
            if (body == null) {
                throw DomainException.onField("body", "control.import.unknownBody", bodyCode);
            }
            String number = require(r, "number");
            ControlObjective parent = null;
            if (level.parentLevel() != null) {
                ControlObjective candidate = lastByBodyLevel.get(bodyCode + "/" + level.parentLevel());
                if (candidate != null && number.startsWith(candidate.getNumber() + ".")) {
                    parent = candidate;
                } else if (level == ObjectiveLevel.OPERATIONAL || document.getKind() != DocumentKind.INNOVATION_PLAN) {
                    throw DomainException.onField("number", "control.import.noParent", number, level.parentLevel());
                }
            }
            String key = bodyCode + "/" + level + "/" + number;
            if (!objectiveKeys.add(key)) {
                throw DomainException.onField("number", "control.import.duplicate", number);
            }
            String pillarCode = get(r, "pillar");
            ControlPillar pillar = pillarCode == null ? null : pillarsByCode.get(pillarCode);
            if (pillarCode != null && pillar == null) {
                throw DomainException.onField("pillar", "control.import.unknownPillar", pillarCode);
            }
            ControlObjective o = new ControlObjective(body.getId(), parent, pillar == null ? null : pillar.getId(), level,
                    number, get(r, "title_fr"), get(r, "title_nl"), position++);
            String deadline = get(r, "deadline");
            o.describe(get(r, "note"), null, get(r, "domain"), deadline, get(r, "lead"), get(r, "partners"), null, get(r, "source"));
            roadmapActors(o, get(r, "lead"), get(r, "partners"));
            String status = get(r, "status");
            if (status != null) {
                YearStatus s = enumValue(YearStatus.class, "status", status);
                o.setStatus(s);
                ControlYearBlock realised = new ControlYearBlock(o.getId(), document.getYear() - 1);
                realised.realise(s, null, null, null);
                yearList.add(realised);
            }
            if (deadline != null && document.getKind() == DocumentKind.POLICY_LETTER) {
                ControlYearBlock plan = new ControlYearBlock(o.getId(), document.getYear());
                plan.plan(null, null, deadline);
                Deadline d = Deadline.parse("deadline", deadline);
                if (d.lastDay() != null && d.lastDay().getYear() < document.getYear()) {
                    defectList.add(new ImportReport.Defect(line, ref(bodyCode, o), "DEADLINE_BEFORE_YEAR",
                            "the " + document.getYear() + " plan has the deadline " + deadline));
                }
                yearList.add(plan);
            }
            o.publish(yes(r, true));
            objectiveList.add(o);
            lastByBodyLevel.put(bodyCode + "/" + level, o);
            if (level == ObjectiveLevel.STRATEGIC) {
                lastByBodyLevel.remove(bodyCode + "/" + ObjectiveLevel.OPERATIONAL);
                lastByBodyLevel.remove(bodyCode + "/" + ObjectiveLevel.ACTION);
            } else if (level == ObjectiveLevel.OPERATIONAL) {
                lastByBodyLevel.remove(bodyCode + "/" + ObjectiveLevel.ACTION);
            }
            lastObjective = o;
            lastKpi = null;
            counts.merge(level.name(), 1, Integer::sum);
        }

        private void kpi(CSVRecord r, int line) {
            if (lastObjective == null) {
                throw DomainException.onField("type", "control.import.kpiWithoutObjective");
            }
            String code = require(r, "number");
            if (!kpiKeys.add(lastObjective.getId() + "/" + code)) {
                throw DomainException.onField("number", "control.import.duplicate", code);
            }
            String indicator = get(r, "indicator");
            ControlKpi k = new ControlKpi(lastObjective.getId(), code, get(r, "title_fr"), get(r, "title_nl"),
                    indicator == null ? IndicatorType.KPI : enumValue(IndicatorType.class, "indicator", indicator), kpiList.size());
            BandKind kind = enumValue(BandKind.class, "band_kind", require(r, "band_kind"));
            String edge = get(r, "edge");
            EdgePolicy policy = edge == null ? EdgePolicy.AS_WRITTEN : enumValue(EdgePolicy.class, "edge", edge);
            List<BandIssue> issues = k.defineBands(kind, policy, get(r, "bands_fr"), get(r, "bands_nl"), true);
            String ref = ref(lastObjective) + " / KPI " + code;
            for (BandIssue i : issues) {
                defectList.add(new ImportReport.Defect(line, ref, i.type().name(), i.detail()));
            }
            k.bindTo(get(r, "source"), null);
            k.publish(yes(r, true));
            kpiList.add(k);
            lastKpi = k;
            counts.merge("KPI", 1, Integer::sum);
        }

        private void observation(CSVRecord r) {
            if (lastKpi == null) {
                throw DomainException.onField("type", "control.import.observationWithoutKpi");
            }
            String dateText = get(r, "date");
            if (dateText == null) {
                throw DomainException.onField("date", "control.observation.dateRequired");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(dateText, DATE);
            } catch (DateTimeParseException e) {
                throw DomainException.onField("date", "control.deadline.invalidDate", dateText);
            }
            String v = get(r, "value");
            boolean numeric = lastKpi.getBandKind().isRange() || (v != null && v.matches("[-\\d.,  ]+"));
            observationList.add(new ControlObservation(lastKpi, date, numeric ? StrictNumber.parse("value", v) : null,
                    numeric ? null : v, get(r, "source"), "import:" + fileName, get(r, "note"), clock.instant()));
            counts.merge("OBS", 1, Integer::sum);
        }

        private String ref(ControlObjective o) {
            if (o == null) {
                return document.getCode();
            }
            String body = bodiesByCode.values().stream().filter(b -> b.getId().equals(o.getBodyId()))
                    .map(ControlBody::getCode).findFirst().orElse("?");
            return ref(body, o);
        }

        /** The lead actor and the partners as printed become roadmap participants (LEAD, PARTNER), once each. */
        private void roadmapActors(ControlObjective o, String lead, String partners) {
            Set<String> seen = new HashSet<>();
            if (lead != null && seen.add(lead.trim().toLowerCase(java.util.Locale.ROOT))) {
                participantList.add(new ControlRoadmapParticipant(o.getId(), seen.size() - 1, lead, RoadmapRole.LEAD));
            }
            if (partners != null) {
                for (String p : partners.split("[,;]")) {
                    String name = p.replaceAll("^[\\s(+]+|[\\s)]+$", "");
                    if (!name.isBlank() && name.length() <= 300 && seen.add(name.toLowerCase(java.util.Locale.ROOT))) {
                        participantList.add(new ControlRoadmapParticipant(o.getId(), seen.size() - 1, name, RoadmapRole.PARTNER));
                    }
                }
            }
        }

        private String ref(String body, ControlObjective o) {
            String prefix = switch (o.getLevel()) {
                case STRATEGIC -> "OS ";
                case OPERATIONAL -> "OO ";
                case ACTION -> "action ";
            };
            return body + " " + prefix + o.getNumber();
        }

        ImportReport save() {
            documents.save(document);
            pillars.saveAll(pillarsByCode.values());
            bodies.saveAll(bodiesByCode.values());
            objectives.saveAll(objectiveList);
            kpis.saveAll(kpiList);
            observations.saveAll(observationList);
            years.saveAll(yearList);
            participants.saveAll(participantList);
            for (ImportReport.Defect d : defectList) {
                defects.save(new ControlSourceDefect(document.getId(), d.line(), d.ref(), d.kind(), d.detail()));
            }
            counts.put("PILLAR", pillarsByCode.size());
            counts.put("BODY", bodiesByCode.size());
            return new ImportReport(document.getCode(), Map.copyOf(counts), List.copyOf(defectList));
        }
    }

    private static String require(CSVRecord r, String column) {
        String v = get(r, column);
        if (v == null) {
            throw DomainException.onField(column, "control.import.required", column);
        }
        return v;
    }

    private static boolean yes(CSVRecord r, boolean otherwise) {
        String v = get(r, "public");
        if (v == null) {
            return otherwise;
        }
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "yes", "oui", "ja", "true", "1" -> true;
            case "no", "non", "nee", "false", "0" -> false;
            default -> throw DomainException.onField("public", "control.import.yesNo", v);
        };
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String column, String text) {
        if (text == null) {
            throw DomainException.onField(column, "control.import.required", column);
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(c.name());
            }
            throw DomainException.onField(column, "control.import.enum", text, allowed.toString());
        }
    }
}
