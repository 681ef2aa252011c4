package org.regia.grants.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.regia.grants.FinanceDashboard;
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
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The finance dashboard: per budget line and year (credit, committed, liquidated, ratio, outstanding) and per
 * programme and beneficiary type, filtered by fiscal year, with charts and an XLSX export of both tables.
 */
@Controller
@PreAuthorize("hasAnyRole('FINANCE_OFFICER','COMMITTEE','CONTROL_OFFICER','ADMIN')")
class FinanceDashboardController {

    private final FinanceDashboard dashboard;
    private final MessageSource messages;

    FinanceDashboardController(FinanceDashboard dashboard, MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/grants/finance")
    String dashboard(@RequestParam(required = false) Integer year, Model model, Locale locale) {
        List<FinanceLedger.Figures> figures = dashboard.lines(year);
        List<FinanceDashboard.ProgrammeFigures> programmes = dashboard.byProgrammeAndType(year, locale);
        model.addAttribute("year", year);
        model.addAttribute("years", dashboard.years());
        model.addAttribute("figures", figures);
        model.addAttribute("programmes", programmes);
        model.addAttribute("programmeLabels", programmes.stream().map(p -> label(p, locale)).toList());
        model.addAttribute("programmeCommitted", programmes.stream().map(FinanceDashboard.ProgrammeFigures::committed).toList());
        model.addAttribute("programmeLiquidated", programmes.stream().map(FinanceDashboard.ProgrammeFigures::liquidated).toList());
        model.addAttribute("chartLabels", figures.stream().map(f -> f.budgetLine() + " " + f.year()).toList());
        model.addAttribute("chartCommitted", figures.stream().map(FinanceLedger.Figures::committed).toList());
        model.addAttribute("chartLiquidated", figures.stream().map(FinanceLedger.Figures::liquidated).toList());
        return "grants/finance";
    }

    private String label(FinanceDashboard.ProgrammeFigures p, Locale locale) {
        String programme = p.programme().isEmpty() ? messages.getMessage("grants.finance.noProgramme", null, locale) : p.programme();
        return programme + " — " + type(p.beneficiaryType(), locale);
    }

    private String type(String beneficiaryType, Locale locale) {
        String key = "organisationType." + beneficiaryType;
        return messages.getMessage(key, null, beneficiaryType, locale);
    }

    @GetMapping("/grants/finance.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year, Locale locale) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(messages.getMessage("grants.finance.title", null, locale));
            String[] headers = {"grants.finance.budgetLine", "grants.finance.year", "grants.finance.credit", "grants.finance.committed",
                "grants.finance.liquidated", "grants.finance.ratio", "grants.finance.outstanding"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(messages.getMessage(headers[i], null, locale));
            }
            int r = 1;
            for (FinanceLedger.Figures f : dashboard.lines(year)) {
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
            Sheet byProgramme = book.createSheet(messages.getMessage("grants.finance.byProgramme", null, locale));
            String[] headers2 = {"grants.finance.programme", "grants.finance.beneficiaryType", "grants.finance.grants",
                "grants.finance.awarded", "grants.finance.committed", "grants.finance.liquidated", "grants.finance.ratio",
                "grants.finance.outstanding"};
            Row head2 = byProgramme.createRow(0);
            for (int i = 0; i < headers2.length; i++) {
                head2.createCell(i).setCellValue(messages.getMessage(headers2[i], null, locale));
            }
            r = 1;
            for (FinanceDashboard.ProgrammeFigures p : dashboard.byProgrammeAndType(year, locale)) {
                Row row = byProgramme.createRow(r++);
                row.createCell(0).setCellValue(p.programme().isEmpty() ? messages.getMessage("grants.finance.noProgramme", null, locale) : p.programme());
                row.createCell(1).setCellValue(type(p.beneficiaryType(), locale));
                row.createCell(2).setCellValue(p.grants());
                row.createCell(3).setCellValue(p.awarded().doubleValue());
                row.createCell(4).setCellValue(p.committed().doubleValue());
                row.createCell(5).setCellValue(p.liquidated().doubleValue());
                if (p.liquidatedRatio() != null) {
                    row.createCell(6).setCellValue(p.liquidatedRatio().doubleValue());
                }
                row.createCell(7).setCellValue(p.outstanding().doubleValue());
            }
            book.write(out);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(year == null ? "finance.xlsx" : "finance-" + year + ".xlsx").build().toString())
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }
}
