package org.regia.grants.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regia.grants.AccountingPort;
import org.regia.grants.PaymentOrder;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.DomainException;
import org.springframework.stereotype.Component;

/** File adapter of the accounting port: payment orders as CSV (UTF-8, semicolon, as Belgian spreadsheets expect) or XLSX. */
@Component
class FileAccountingExport implements AccountingPort {

    static final String[] HEADER = {"payment_id", "agreement", "beneficiary", "beneficiary_org_id", "budget_line",
        "fiscal_year", "amount_eur", "purpose", "posted_at"};
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ClockConfiguration.BRUSSELS);

    @Override
    public List<String> formats() {
        return List.of("csv", "xlsx");
    }

    @Override
    public byte[] export(List<PaymentOrder> orders, String format) {
        return switch (format) {
            case "csv" -> csv(orders);
            case "xlsx" -> xlsx(orders);
            default -> throw new DomainException("grants.export.format", format);
        };
    }

    private static String[] cells(PaymentOrder o) {
        return new String[] {o.paymentId().toString(), o.agreementNumber(), o.beneficiary(),
            o.beneficiaryOrgId() == null ? "" : o.beneficiaryOrgId(), o.budgetLine(), Integer.toString(o.year()),
            o.amount().toPlainString(), o.purpose(), ISO.format(o.postedAt())};
    }

    private static byte[] csv(List<PaymentOrder> orders) {
        StringBuilder out = new StringBuilder(String.join(";", HEADER)).append("\r\n");
        for (PaymentOrder o : orders) {
            String[] cells = cells(o);
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.append(';');
                }
                String c = cells[i];
                out.append(c.contains(";") || c.contains("\"") || c.contains("\n") ? '"' + c.replace("\"", "\"\"") + '"' : c);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(List<PaymentOrder> orders) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("payment-orders");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADER.length; i++) {
                head.createCell(i).setCellValue(HEADER[i]);
            }
            int r = 1;
            for (PaymentOrder o : orders) {
                Row row = sheet.createRow(r++);
                String[] cells = cells(o);
                for (int i = 0; i < cells.length; i++) {
                    if (i == 5) {
                        row.createCell(i).setCellValue(o.year());
                    } else if (i == 6) {
                        row.createCell(i).setCellValue(o.amount().doubleValue());
                    } else {
                        row.createCell(i).setCellValue(cells[i]);
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
