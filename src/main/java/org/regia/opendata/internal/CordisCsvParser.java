package org.regia.opendata.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/**
 * CORDIS-style CSV of projects (one row per project) or participations (one row per organisation x project): the
 * column names of the official CORDIS exports and of the usual derived files are recognised (projectID/project_id/
 * Project Nbr, organisationID/pic, ecContribution/ec_contribution/EU Contribution, ...). The funder is the EU.
 *
 * <p>Identifiers: a project file is keyed by the project number; a participation file by project, organisation,
 * role and contributions (CORDIS legitimately lists an organisation twice in a project, e.g. as a third party linked
 * to two beneficiaries, so project + organisation alone is not a key). Two rows with the same key are reported as
 * duplicates.
 */
public final class CordisCsvParser {

    public static final String FUNDER_ID = "XI-EC";
    public static final String FUNDER_NAME = "European Commission (CORDIS)";

    public ParsedFile parse(String fileName, byte[] content, ImportProgress progress) {
        String key = DatasetKeys.of("cordis", fileName);
        CsvFile csv;
        try {
            csv = CsvFile.read(content);
        } catch (CsvFile.FileProblem e) {
            return ParsedFile.fatal(key, e.error);
        }
        String project = csv.column("projectID", "project_id", "Project Nbr");
        String amount = csv.column("ecContribution", "ec_contribution", "H2020 EU Contribution (EUR)", "EU Contribution");
        if (project == null || amount == null) {
            return ParsedFile.fatal(key, new RowError(1, "header", Values.cut(String.join(",", csv.header), 300),
                    "opendata.error.missingColumns", "projectID, ecContribution"));
        }
        String org = csv.column("organisationID", "pic");
        String orgName = csv.column("name", "legal_name");
        String role = csv.column("role", "partner_role");
        String net = csv.column("netEcContribution", "net_ec_contribution");
        String country = csv.column("country", "country_code");
        String type = csv.column("activityType", "legal_entity_type");
        String acronym = csv.column("acronym", "project_acronym", "Project Acronym");
        String title = csv.column("title", "Project Title");
        String start = csv.column("startDate", "start_date");
        String end = csv.column("endDate", "end_date");
        String programme = csv.column("programme", "framework_programme", "Thema", "Thematic Priority Descr");
        String scheme = csv.column("fundingScheme", "funding_scheme", "ToA", "Funding Scheme");
        boolean participations = org != null;

        progress.total(csv.records.size());
        List<GrantRow> rows = new ArrayList<>(csv.records.size());
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>(csv.records.size() * 2);
        Map<String, Integer> sequence = new HashMap<>();
        int done = 0;
        for (CSVRecord r : csv.records) {
            int row = CsvFile.row(r);
            if (++done % 1000 == 0) {
                progress.checked(done);
                progress.checkCancelled();
            }
            if (r.size() != csv.header.size()) {
                errors.add(new RowError(row, "columns", String.valueOf(r.size()), "opendata.error.columnCount",
                        String.valueOf(csv.header.size())));
                continue;
            }
            int before = errors.size();
            String projectId = Values.text(csv.get(r, project));
            if (projectId == null) {
                errors.add(new RowError(row, project, "", "opendata.error.required", project));
            }
            String orgId = participations ? Values.text(csv.get(r, org)) : null;
            if (participations && orgId == null) {
                errors.add(new RowError(row, org, "", "opendata.error.required", org));
            }
            BigDecimal ec = read(errors, row, amount, csv.get(r, amount), Values::amount);
            BigDecimal netEc = net == null ? null : read(errors, row, net, csv.get(r, net), Values::amount);
            LocalDate startDate = start == null ? null : read(errors, row, start, csv.get(r, start), Values::date);
            LocalDate endDate = end == null ? null : read(errors, row, end, csv.get(r, end), Values::date);
            String roleValue = Values.text(csv.get(r, role));
            if (errors.size() > before) {
                continue;
            }
            String dupKey = participations
                    ? projectId + "|" + orgId + "|" + roleValue + "|" + ec + "|" + netEc
                    : projectId;
            Integer first = seen.putIfAbsent(dupKey, row);
            if (first != null) {
                String field = participations ? String.join("+", project, org, role == null ? "role" : role, amount) : project;
                errors.add(new RowError(row, field, dupKey.replace("|", " / "), "opendata.error.duplicate", String.valueOf(first)));
                continue;
            }
            String identifier;
            if (participations) {
                String base = projectId + "-" + orgId + (roleValue == null ? "" : "-" + roleValue);
                int n = sequence.merge(base, 1, Integer::sum);
                identifier = n == 1 ? base : base + "-" + n;
            } else {
                identifier = projectId;
            }
            String projectTitle = Values.text(csv.get(r, title));
            String projectAcronym = Values.text(csv.get(r, acronym));
            String programmeValue = Values.text(csv.get(r, programme));
            String schemeValue = Values.text(csv.get(r, scheme));
            rows.add(new GrantRow(row, identifier,
                    projectTitle != null ? projectTitle : projectAcronym,
                    projectAcronym == null ? null : projectAcronym + (schemeValue == null ? "" : " (" + schemeValue + ")"),
                    FUNDER_ID, FUNDER_NAME,
                    participations ? "XI-PIC-" + orgId : null,
                    participations ? Values.text(csv.get(r, orgName)) : null,
                    Values.text(csv.get(r, country)), Values.text(csv.get(r, type)),
                    projectId, roleValue, ec, "EUR", null, startDate == null ? null : startDate.getYear(),
                    startDate, endDate,
                    programmeValue != null ? programmeValue : schemeValue, null));
        }
        progress.checked(done);
        return new ParsedFile(key, "CORDIS: " + key.substring("cordis-".length()), FUNDER_ID, FUNDER_NAME, csv.records.size(), rows, errors, false);
    }

    private static <T> T read(List<RowError> errors, int row, String field, String value,
                              java.util.function.Function<String, T> reader) {
        try {
            return reader.apply(value);
        } catch (FieldProblem p) {
            errors.add(new RowError(row, field, value, p.reasonKey(), p.detail()));
            return null;
        }
    }

    static <T> T readField(List<RowError> errors, int row, String field, String value,
                           java.util.function.Function<String, T> reader) {
        return read(errors, row, field, value, reader);
    }
}
