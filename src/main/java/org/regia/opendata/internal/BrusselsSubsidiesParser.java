package org.regia.opendata.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.regia.shared.DomainException;
import org.regia.shared.EnterpriseNumber;

/**
 * The City of Brussels subsidies file (open data portal, one row per beneficiary): enterprise number (checked with
 * its check digits), beneficiary name, amount granted, address. The year is taken from the file name (…2022…) or
 * defaults to 2022, the year the City published.
 */
public final class BrusselsSubsidiesParser {

    public static final String FUNDER_ID = "BE-BCE_KBO-0207373429";
    public static final String FUNDER_NAME = "Ville de Bruxelles / Stad Brussel";
    private static final String NUMBER = "Le numéro de BCE du bénéficiaire de la subvention";
    private static final String NAME = "Nom du bénéficiaire de la subvention";
    private static final String AMOUNT = "Montant octroyé";

    public ParsedFile parse(String fileName, byte[] content, int year, ImportProgress progress) {
        String key = "brussels-city-subsidies-" + year;
        CsvFile csv;
        try {
            csv = CsvFile.read(content);
        } catch (CsvFile.FileProblem e) {
            return ParsedFile.fatal(key, e.error);
        }
        if (csv.column(NUMBER) == null || csv.column(NAME) == null || csv.column(AMOUNT) == null) {
            return ParsedFile.fatal(key, new RowError(1, "header", Values.cut(String.join(",", csv.header), 300),
                    "opendata.error.missingColumns", String.join(", ", NUMBER, NAME, AMOUNT)));
        }
        progress.total(csv.records.size());
        List<GrantRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int done = 0;
        for (CSVRecord r : csv.records) {
            int row = CsvFile.row(r);
            if (++done % 200 == 0) {
                progress.checked(done);
                progress.checkCancelled();
            }
            if (r.size() != csv.header.size()) {
                errors.add(new RowError(row, "columns", String.valueOf(r.size()), "opendata.error.columnCount",
                        String.valueOf(csv.header.size())));
                continue;
            }
            int before = errors.size();
            String rawNumber = csv.get(r, NUMBER);
            EnterpriseNumber number = null;
            try {
                number = EnterpriseNumber.parse(rawNumber);
            } catch (DomainException e) {
                errors.add(new RowError(row, NUMBER, rawNumber, "opendata.error.enterpriseNumber",
                        e.arguments().length > 1 ? String.valueOf(e.arguments()[1]) : e.messageKey()));
            }
            String name = Values.text(csv.get(r, NAME));
            if (name == null) {
                errors.add(new RowError(row, NAME, "", "opendata.error.required", NAME));
            }
            BigDecimal amount = CordisCsvParser.readField(errors, row, AMOUNT, csv.get(r, AMOUNT), Values::amount);
            if (amount == null && errors.size() == before) {
                errors.add(new RowError(row, AMOUNT, "", "opendata.error.required", AMOUNT));
            }
            if (errors.size() > before) {
                continue;
            }
            Integer first = seen.putIfAbsent(number.digits(), row);
            if (first != null) {
                errors.add(new RowError(row, NUMBER, rawNumber, "opendata.error.duplicate", String.valueOf(first)));
                continue;
            }
            String postcode = Values.text(csv.get(r, csv.column("Code postal")));
            String municipality = Values.text(csv.get(r, csv.column("Commune")));
            String place = postcode == null || postcode.equals("0") ? municipality
                    : postcode + (municipality == null ? "" : " " + municipality);
            rows.add(new GrantRow(row, number.digits(), "Subside " + year + " : " + name, place,
                    FUNDER_ID, FUNDER_NAME, number.orgId(), name, "BE", null, null, null,
                    amount, "EUR", null, year, null, null, "Subsides de la Ville de Bruxelles " + year, null));
        }
        progress.checked(done);
        return new ParsedFile(key, "Ville de Bruxelles — subsides " + year, FUNDER_ID, FUNDER_NAME,
                csv.records.size(), rows, errors, false);
    }
}
