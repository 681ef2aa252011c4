package org.regia.opendata.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.regia.opendata.OpenGrant;

/**
 * The flattened 360Giving form (one row per grant, the standard's column titles such as "Recipient Org:Identifier"),
 * as CSV or XLSX. It carries every grant, also those the JSON package must leave out (no award date).
 */
public final class GivingFlatFile {

    public static final List<String> HEADERS = List.of("Identifier", "Title", "Description", "Currency",
            "Amount Awarded", "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
            "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Ind:Identifier", "Recipient Ind:Name",
            "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Title", "From An Open Call?");

    private GivingFlatFile() {
    }

    static List<List<Object>> rows(String prefix, List<OpenGrant> grants) {
        List<List<Object>> rows = new ArrayList<>(grants.size());
        for (OpenGrant g : grants) {
            List<Object> r = new ArrayList<>(HEADERS.size());
            r.add(prefix + "-" + g.localId());
            r.add(g.title());
            r.add(g.description() != null ? g.description() : g.title());
            r.add(g.currency());
            r.add(g.amountAwarded());
            r.add(g.awardDate() == null ? null : g.awardDate().toString());
            r.add(g.plannedStart() == null ? null : g.plannedStart().toString());
            r.add(g.plannedEnd() == null ? null : g.plannedEnd().toString());
            r.add(g.recipientIsIndividual() ? null : g.recipientOrgId());
            r.add(g.recipientIsIndividual() ? null : g.recipientName());
            r.add(g.recipientIsIndividual() ? prefix + "-IND-" + GivingExporter.opaque(g.localId()) : null);
            r.add(g.recipientIsIndividual() ? "Individual Recipient" : null);
            r.add(g.funderOrgId());
            r.add(g.funderName());
            r.add(g.programme());
            r.add(g.fromOpenCall() == null ? null : g.fromOpenCall() ? "Yes" : "No");
            rows.add(r);
        }
        return rows;
    }

    public static byte[] csv(String prefix, List<OpenGrant> grants) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADERS.toArray(String[]::new)).get())) {
            for (List<Object> r : rows(prefix, grants)) {
                csv.printRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(String prefix, List<OpenGrant> grants) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("grants");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
            }
            int n = 1;
            for (List<Object> r : rows(prefix, grants)) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < r.size(); i++) {
                    Object v = r.get(i);
                    if (v instanceof BigDecimal d) {
                        row.createCell(i).setCellValue(d.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(String.valueOf(v));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
