package org.regia.control;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The annual state of play of the regional innovation plan (for the science-policy council, the pilot committee and
 * the minister, also published): every action by axis with its domain, status, lead actor, rolled-up colour and its
 * indicators (type, last value, colour), with counts by status — from the data, in French or Dutch, as DOCX (Apache
 * POI XWPF) or PDF (OpenHTMLtoPDF).
 */
@Component
public class StateOfPlayWriter {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ControlService control;
    private final MessageSource messages;

    StateOfPlayWriter(ControlService control, MessageSource messages) {
        this.control = control;
        this.messages = messages;
    }

    /** One action of the plan with its indicators. */
    public record Action(ControlPillar axis, ControlObjective action, Colour colour, List<Views.KpiStatus> indicators) {
    }

    /** Everything the document shows, as of a day. */
    public record Data(ControlDocument document, LocalDate asOf, List<Action> actions) {
        public Map<String, Long> byStatus() {
            return actions.stream().collect(Collectors.groupingBy(
                    a -> a.action().getStatus() == null ? "NONE" : a.action().getStatus().name(), LinkedHashMap::new, Collectors.counting()));
        }

        public Map<ControlPillar, List<Action>> byAxis() {
            Map<ControlPillar, List<Action>> m = new LinkedHashMap<>();
            actions.forEach(a -> m.computeIfAbsent(a.axis(), k -> new ArrayList<>()).add(a));
            return m;
        }
    }

    @PreAuthorize("hasAnyRole('CONTROL_OFFICER','COMMITTEE','ADMIN')")
    @Transactional(readOnly = true)
    public Data data(String documentCode, LocalDate asOf) {
        ControlDocument doc = control.document(documentCode);
        List<Action> actions = new ArrayList<>();
        for (Views.BodyTree t : control.trees(documentCode)) {
            t.all().filter(n -> n.objective().getLevel() == ObjectiveLevel.ACTION)
                    .forEach(n -> actions.add(new Action(t.pillar(n.objective().getPillarId()), n.objective(), n.colour(), n.kpis())));
        }
        return new Data(doc, asOf, actions);
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String status(ControlObjective o, Locale locale) {
        return t("control.status." + (o.getStatus() == null ? "NONE" : o.getStatus().name()), locale);
    }

    private String colour(Colour c, Locale locale) {
        return c == null ? t("control.colour.none", locale) : t("control.colour." + c.name(), locale);
    }

    private String domain(ControlObjective o, Locale locale) {
        return o.getDomain() == null ? t("control.domain.transversal", locale) : t("control.domain." + o.getDomain(), locale);
    }

    private String indicator(Views.KpiStatus k, Locale locale) {
        StringBuilder s = new StringBuilder(t("control.indicatorType." + k.kpi().getIndicatorType(), locale)).append(" — ")
                .append(k.kpi().name(locale)).append(" : ");
        if (k.latest() == null) {
            s.append(t("control.sop.noValue", locale));
        } else {
            s.append(k.latest().getValue() != null ? k.latest().getValue().stripTrailingZeros().toPlainString() : k.latest().getLevel())
                    .append(" (").append(DAY.format(k.latest().getObservedOn())).append(')');
        }
        return s.append(" — ").append(colour(k.effective(), locale)).toString();
    }

    private String title(Data d, Locale locale) {
        return t("control.sop.title", locale, String.valueOf(d.asOf().getYear()));
    }

    private String intro(Data d, Locale locale) {
        return t("control.sop.intro", locale, d.document().title(locale), DAY.format(d.asOf()), d.actions().size());
    }

    public byte[] docx(Data d, Locale locale) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            para(doc, title(d, locale), 16, true);
            para(doc, intro(d, locale), 10, false);
            para(doc, t("control.plan.byStatus", locale), 12, true);
            d.byStatus().forEach((s, n) -> para(doc, t("control.status." + s, locale) + " : " + n, 10, false));
            for (Map.Entry<ControlPillar, List<Action>> axis : d.byAxis().entrySet()) {
                para(doc, axis.getKey() == null ? "—" : axis.getKey().getCode() + " — " + axis.getKey().title(locale), 13, true);
                XWPFTable table = doc.createTable();
                XWPFTableRow header = table.getRow(0);
                header.getCell(0).setText(t("control.letter.number", locale));
                header.addNewTableCell().setText(t("control.action", locale));
                header.addNewTableCell().setText(t("control.domain", locale));
                header.addNewTableCell().setText(t("control.letter.status", locale));
                header.addNewTableCell().setText(t("control.colour", locale));
                header.addNewTableCell().setText(t("control.sop.indicators", locale));
                for (Action a : axis.getValue()) {
                    XWPFTableRow row = table.createRow();
                    row.getCell(0).setText(a.action().getNumber());
                    row.getCell(1).setText(a.action().title(locale)
                            + (a.action().getLeadActor() == null ? "" : " (" + t("control.lead", locale) + " : " + a.action().getLeadActor() + ")"));
                    row.getCell(2).setText(domain(a.action(), locale));
                    row.getCell(3).setText(status(a.action(), locale));
                    row.getCell(4).setText(colour(a.colour(), locale));
                    row.getCell(5).setText(a.indicators().isEmpty() ? t("control.sop.noIndicator", locale)
                            : a.indicators().stream().map(k -> indicator(k, locale)).collect(Collectors.joining("\n")));
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new IllegalStateException("DOCX generation failed", ex);
        }
    }

    public String html(Data d, Locale locale) {
        StringBuilder h = new StringBuilder();
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(locale.getLanguage()).append("\"><head><meta charset=\"UTF-8\"/><title>").append(e(title(d, locale)))
                .append("</title><style>@page{size:A4 landscape;margin:15mm} body{font-family:sans-serif;font-size:9pt}")
                .append(" h1{font-size:16pt} h2{font-size:12pt;margin-top:14pt} table{border-collapse:collapse;width:100%}")
                .append(" td,th{border:1px solid #999;padding:3pt;text-align:left;vertical-align:top}</style></head><body>");
        h.append("<h1>").append(e(title(d, locale))).append("</h1><p>").append(e(intro(d, locale))).append("</p>");
        h.append("<h2>").append(e(t("control.plan.byStatus", locale))).append("</h2><ul>");
        d.byStatus().forEach((s, n) -> h.append("<li>").append(e(t("control.status." + s, locale))).append(" : ").append(n).append("</li>"));
        h.append("</ul>");
        for (Map.Entry<ControlPillar, List<Action>> axis : d.byAxis().entrySet()) {
            h.append("<h2>").append(e(axis.getKey() == null ? "—" : axis.getKey().getCode() + " — " + axis.getKey().title(locale)))
                    .append("</h2><table><thead><tr>");
            for (String k : new String[] {"control.letter.number", "control.action", "control.domain", "control.letter.status",
                    "control.colour", "control.sop.indicators"}) {
                h.append("<th>").append(e(t(k, locale))).append("</th>");
            }
            h.append("</tr></thead><tbody>");
            for (Action a : axis.getValue()) {
                h.append("<tr><td>").append(e(a.action().getNumber())).append("</td><td>").append(e(a.action().title(locale)));
                if (a.action().getLeadActor() != null) {
                    h.append(" (").append(e(t("control.lead", locale))).append(" : ").append(e(a.action().getLeadActor())).append(')');
                }
                h.append("</td><td>").append(e(domain(a.action(), locale))).append("</td><td>").append(e(status(a.action(), locale)))
                        .append("</td><td>").append(e(colour(a.colour(), locale))).append("</td><td>");
                if (a.indicators().isEmpty()) {
                    h.append(e(t("control.sop.noIndicator", locale)));
                } else {
                    a.indicators().forEach(k -> h.append(e(indicator(k, locale))).append("<br/>"));
                }
                h.append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        return h.append("</body></html>").toString();
    }

    public byte[] pdf(Data d, Locale locale) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(d, locale), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException ex) {
            throw new IllegalStateException("PDF generation failed", ex);
        }
    }

    private static void para(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
    }

    private static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
