package org.regia.grants.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regia.grants.FinanceLedger;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Per budget line and year: credit, committed, liquidated, ratio, outstanding; with a chart and an XLSX export. */
@Controller
@PreAuthorize("hasAnyRole('FINANCE_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
class FinanceDashboardController {

    private final FinanceLedger ledger;
    private final MessageSource messages;

    FinanceDashboardController(FinanceLedger ledger, MessageSource messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    @GetMapping("/grants/finance")
    String dashboard(Model model) {
        List<FinanceLedger.Figures> figures = ledger.allFigures();
        model.addAttribute("figures", figures);
        model.addAttribute("chartLabels", figures.stream().map(f -> f.budgetLine() + " " + f.year()).toList());
        model.addAttribute("chartCommitted", figures.stream().map(FinanceLedger.Figures::committed).toList());
        model.addAttribute("chartLiquidated", figures.stream().map(FinanceLedger.Figures::liquidated).toList());
        return "grants/finance";
    }

    @GetMapping("/grants/finance.xlsx")
    ResponseEntity<byte[]> export(Locale locale) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.getMessage("grants.finance.title", null, locale));
            String[] headers = {"grants.finance.budgetLine", "grants.finance.year", "grants.finance.credit", "grants.finance.committed",
                "grants.finance.liquidated", "grants.finance.ratio", "grants.finance.outstanding"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(messages.getMessage(headers[i], null, locale));
            }
            int r = 1;
            for (FinanceLedger.Figures f : ledger.allFigures()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(f.budgetLine());
                row.createCell(1).setCellValue(f.year());
                row.createCell(2).setCellValue(f.credit().doubleValue());
                row.createCell(3).setCellValue(f.committed().doubleValue());
                row.createCell(4).setCellValue(f.liquidated().doubleValue());
                if (f.liquidatedRatio() != null) {
                    row.createCell(5).setCellValue(f.liquidatedRatio().doubleValue());
                }
                row.createCell(6).setCellValue(f.outstanding().doubleValue());
            }
            book.write(out);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("finance.xlsx").build().toString())
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }
}
