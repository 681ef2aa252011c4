package org.regia.opendata.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 360Giving JSON package: validated against the official package schema first (every violation becomes a report
 * line: grant number, field path, value, the schema's reason), then each valid grant is read into the portfolio.
 * A document that is not JSON, or whose root is not a package (e.g. a metadata array), is refused as a whole.
 */
public final class Giving360Parser {

    private static final Pattern DD_MM_YYYY = Pattern.compile("\\d{1,2}/\\d{1,2}/\\d{4}.*");

    private final GivingSchema schema;
    private final JsonMapper json = JsonMapper.shared();

    public Giving360Parser(GivingSchema schema) {
        this.schema = schema;
    }

    public ParsedFile parse(String fileName, byte[] content, ImportProgress progress) {
        String key = DatasetKeys.of("360giving", fileName);
        JsonNode root;
        try {
            root = json.readTree(CsvFile.decode(CsvFile.unzip(content)));
        } catch (CsvFile.FileProblem e) {
            return ParsedFile.fatal(key, e.error);
        } catch (JacksonException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            return ParsedFile.fatal(key, new RowError(line, "file", null, "opendata.error.notJson",
                    Values.cut(e.getOriginalMessage(), 300)));
        }
        if (!schema.available()) {
            return ParsedFile.fatal(key, RowError.file("schema", "opendata.error.schemaMissing",
                    schema.folder().toAbsolutePath().toString()));
        }
        JsonNode grants = root.path("grants");
        progress.total(grants.isArray() ? grants.size() : 0);

        // 1. the official schema
        Map<String, RowError> byRowAndField = new LinkedHashMap<>();
        List<RowError> fileErrors = new ArrayList<>();
        for (GivingSchema.Violation v : schema.validate(root)) {
            List<Object> loc = v.location();
            if (loc.size() >= 2 && "grants".equals(loc.get(0)) && loc.get(1) instanceof Integer index) {
                String field = loc.subList(2, loc.size()).stream().map(String::valueOf).collect(Collectors.joining("/"));
                if ("required".equals(v.keyword()) && otherRecipientPresent(grants.path(index), v.property())) {
                    continue; // the branch of "organisation OR individual" that was not meant
                }
                if ("required".equals(v.keyword()) && v.property() != null) {
                    field = field.isEmpty() ? v.property() : field + "/" + v.property();
                }
                if (field.isEmpty()) {
                    field = "(grant)";
                }
                String value = v.value() != null && v.value().isValueNode() ? v.value().asString() : null;
                RowError error = reason(index + 1, field, value, v.message());
                byRowAndField.merge(index + 1 + "|" + field, error, (a, b) -> a);
            } else {
                String value = v.value() != null && v.value().isValueNode() ? v.value().asString()
                        : v.value() == null ? null : v.value().getNodeType().toString().toLowerCase();
                fileErrors.add(new RowError(null, loc.isEmpty() ? "(document)" : v.path(), value, "opendata.error.schema", v.message()));
            }
        }
        if (!fileErrors.isEmpty() || !grants.isArray()) {
            if (fileErrors.isEmpty()) {
                fileErrors.add(RowError.file("grants", "opendata.error.notPackage", null));
            }
            return new ParsedFile(key, fileName, null, null, 0, List.of(), fileErrors, true);
        }
        Set<Integer> rowsWithFieldErrors = new HashSet<>();
        byRowAndField.values().stream().filter(e -> !e.field().equals("(grant)")).forEach(e -> rowsWithFieldErrors.add(e.row()));
        // "(grant)" is the schema's summary of a field error already listed for that grant
        List<RowError> errors = new ArrayList<>(byRowAndField.values().stream()
                .filter(e -> !e.field().equals("(grant)") || !rowsWithFieldErrors.contains(e.row())).toList());
        Set<Integer> invalidRows = new HashSet<>();
        errors.forEach(e -> invalidRows.add(e.row()));

        // 2. the valid grants
        List<GrantRow> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> funders = new HashMap<>();
        Map<String, String> funderNames = new HashMap<>();
        for (int i = 0; i < grants.size(); i++) {
            int row = i + 1;
            if (row % 500 == 0) {
                progress.checked(row);
                progress.checkCancelled();
            }
            if (invalidRows.contains(row)) {
                continue;
            }
            JsonNode g = grants.get(i);
            String id = g.path("id").asString();
            Integer first = seen.putIfAbsent(id, row);
            if (first != null) {
                errors.add(new RowError(row, "id", id, "opendata.error.duplicate", String.valueOf(first)));
                continue;
            }
            List<RowError> rowErrors = new ArrayList<>();
            LocalDate award = CordisCsvParser.readField(rowErrors, row, "awardDate", g.path("awardDate").asString(), Values::date);
            JsonNode planned = g.path("plannedDates").path(0);
            LocalDate start = CordisCsvParser.readField(rowErrors, row, "plannedDates/0/startDate",
                    planned.path("startDate").asString(null), Values::date);
            LocalDate end = CordisCsvParser.readField(rowErrors, row, "plannedDates/0/endDate",
                    planned.path("endDate").asString(null), Values::date);
            BigDecimal amount = g.path("amountAwarded").decimalValue().setScale(2, RoundingMode.HALF_UP);
            if (amount.abs().compareTo(new BigDecimal("9999999999999.99")) > 0) {
                rowErrors.add(new RowError(row, "amountAwarded", amount.toPlainString(), "opendata.error.amountTooLarge", amount.toPlainString()));
            }
            if (!rowErrors.isEmpty()) {
                errors.addAll(rowErrors);
                continue;
            }
            JsonNode recipient = g.path("recipientOrganization").path(0);
            boolean individual = recipient.isMissingNode();
            if (individual) {
                recipient = g.path("recipientIndividual");
            }
            JsonNode funder = g.path("fundingOrganization").path(0);
            String funderId = funder.path("id").asString(null);
            funders.merge(funderId, 1, Integer::sum);
            funderNames.putIfAbsent(funderId, funder.path("name").asString(null));
            String open = g.path("fromOpenCall").asString(null);
            rows.add(new GrantRow(row, id, g.path("title").asString(null), g.path("description").asString(null),
                    funderId, funderNames.get(funderId),
                    recipient.path("id").asString(null), individual ? null : recipient.path("name").asString(null),
                    recipient.path("addressCountry").asString(null), individual ? "individual" : recipient.path("organisationType").asString(null),
                    null, null, amount, g.path("currency").asString(), award, award.getYear(), start, end,
                    g.path("grantProgramme").path(0).path("title").asString(null),
                    open == null ? null : open.equals("Yes")));
        }
        progress.checked(grants.size());
        String mainFunder = funders.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        boolean single = funders.size() == 1;
        String title = root.path("title").asString(null);
        if (title == null) {
            title = single ? funderNames.get(mainFunder) + " (360Giving)" : fileName;
        }
        errors.sort(java.util.Comparator.comparing(RowError::row, java.util.Comparator.nullsFirst(Integer::compare)));
        return new ParsedFile(key, title, single ? mainFunder : null, single ? funderNames.get(mainFunder) : null,
                grants.size(), rows, errors, false);
    }

    private static boolean otherRecipientPresent(JsonNode grant, String missing) {
        return ("recipientIndividual".equals(missing) && grant.has("recipientOrganization"))
                || ("recipientOrganization".equals(missing) && grant.has("recipientIndividual"));
    }

    /** Explains the usual 360Giving mistakes in plain words; other violations keep the schema's message. */
    private static RowError reason(int row, String field, String value, String schemaMessage) {
        if (value != null && DD_MM_YYYY.matcher(value).matches()) {
            String[] p = value.split("[/ ]");
            String iso = p[2] + "-" + (p[1].length() == 1 ? "0" + p[1] : p[1]) + "-" + (p[0].length() == 1 ? "0" + p[0] : p[0]);
            return new RowError(row, field, value, "opendata.error.dateDdMmYyyy", iso);
        }
        if (field.equals("fromOpenCall")) {
            return new RowError(row, field, value, "opendata.error.yesNo", "Yes, No");
        }
        return new RowError(row, field, value, "opendata.error.schema", schemaMessage);
    }
}
