package org.regia.control;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Generates the yearly policy letter of one body and its Annex 1 (the list of all strategic and operational
 * objectives) from the data, in French or Dutch, as PDF (OpenHTMLtoPDF) or DOCX (Apache POI).
 */
@Component
public class LetterWriter {

    private final MessageSource messages;

    LetterWriter(MessageSource messages) {
        this.messages = messages;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The letter as XHTML (the PDF is rendered from it). */
    public String html(Views.BodyTree tree, Locale locale) {
        StringBuilder h = new StringBuilder();
        h.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(locale.getLanguage()).append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(e(tree.document().title(locale))).append("</title><style>")
                .append("body{font-family:sans-serif;font-size:10pt} h1{font-size:16pt} h2{font-size:13pt;margin-top:16pt}")
                .append(" h3{font-size:11pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:3pt;text-align:left;vertical-align:top}")
                .append(" .meta{color:#444}</style></head><body>");
        h.append("<h1>").append(e(tree.document().title(locale))).append("</h1>");
        h.append("<p class=\"meta\">").append(e(tree.body().name(locale))).append(" — ")
                .append(e(t("control.letter.year", locale, String.valueOf(tree.document().getYear())))).append("</p>");
        for (Views.TreeNode n : tree.roots()) {
            node(h, n, locale, 2);
        }
        h.append("<h2>").append(e(t("control.letter.annex1", locale))).append("</h2><table><thead><tr><th>")
                .append(e(t("control.letter.number", locale))).append("</th><th>")
                .append(e(t("control.letter.objective", locale))).append("</th><th>")
                .append(e(t("control.letter.deadline", locale))).append("</th></tr></thead><tbody>");
        tree.all().filter(n -> n.objective().getLevel() != ObjectiveLevel.ACTION).forEach(n -> h.append("<tr><td>")
                .append(e(prefix(n.objective(), locale) + " " + n.objective().getNumber())).append("</td><td>")
                .append(e(n.objective().title(locale))).append("</td><td>")
                .append(e(n.objective().getDeadline() == null ? "" : n.objective().getDeadline())).append("</td></tr>"));
        h.append("</tbody></table></body></html>");
        return h.toString();
    }

    private void node(StringBuilder h, Views.TreeNode n, Locale locale, int depth) {
        ControlObjective o = n.objective();
        String tag = "h" + Math.min(depth, 4);
        h.append('<').append(tag).append('>').append(e(prefix(o, locale) + " " + o.getNumber() + " – " + o.title(locale)))
                .append("</").append(tag).append('>');
        String desc = locale.getLanguage().equals("nl") ? o.getDescriptionNl() : o.getDescriptionFr();
        if (desc != null) {
            h.append("<p>").append(e(desc)).append("</p>");
        }
        StringBuilder facts = new StringBuilder();
        if (o.getDeadline() != null) {
            facts.append(t("control.letter.deadline", locale)).append(" : ").append(o.getDeadline()).append(". ");
        }
        if (o.getStatus() != null) {
            facts.append(t("control.letter.status", locale)).append(" : ").append(t("control.status." + o.getStatus(), locale)).append(". ");
        }
        if (o.getPartners() != null) {
            facts.append(t("control.letter.partners", locale)).append(" : ").append(o.getPartners()).append('.');
        }
        if (!facts.isEmpty()) {
            h.append("<p class=\"meta\">").append(e(facts.toString().trim())).append("</p>");
        }
        if (!n.kpis().isEmpty()) {
            h.append("<table><thead><tr><th>").append(e(t("control.kpi", locale))).append("</th><th>")
                    .append(e(t("control.letter.thresholds", locale))).append("</th></tr></thead><tbody>");
            for (Views.KpiStatus k : n.kpis()) {
                String bands = locale.getLanguage().equals("nl") && k.kpi().getBandsNl() != null ? k.kpi().getBandsNl() : k.kpi().getBands();
                h.append("<tr><td>").append(e(k.kpi().name(locale))).append("</td><td>").append(e(bands == null ? "—" : bands))
                        .append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        for (Views.TreeNode c : n.children()) {
            node(h, c, locale, depth + 1);
        }
    }

    String prefix(ControlObjective o, Locale locale) {
        return t("control.level.short." + o.getLevel(), locale);
    }

    public byte[] pdf(Views.BodyTree tree, Locale locale) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(tree, locale), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException ex) {
            throw new IllegalStateException("PDF generation failed", ex);
        }
    }

    public byte[] docx(Views.BodyTree tree, Locale locale) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            para(doc, tree.document().title(locale), 16, true);
            para(doc, tree.body().name(locale) + " — " + t("control.letter.year", locale, String.valueOf(tree.document().getYear())), 10, false);
            tree.all().forEach(n -> {
                ControlObjective o = n.objective();
                int size = switch (o.getLevel()) {
                    case STRATEGIC -> 13;
                    case OPERATIONAL -> 11;
                    case ACTION -> 10;
                };
                para(doc, prefix(o, locale) + " " + o.getNumber() + " – " + o.title(locale), size, true);
                if (o.getDeadline() != null) {
                    para(doc, t("control.letter.deadline", locale) + " : " + o.getDeadline(), 9, false);
                }
                for (Views.KpiStatus k : n.kpis()) {
                    String bands = locale.getLanguage().equals("nl") && k.kpi().getBandsNl() != null ? k.kpi().getBandsNl() : k.kpi().getBands();
                    para(doc, t("control.kpi", locale) + " : " + k.kpi().name(locale) + (bands == null ? "" : " (" + bands + ")"), 9, false);
                }
            });
            para(doc, t("control.letter.annex1", locale), 13, true);
            XWPFTable table = doc.createTable();
            XWPFTableRow header = table.getRow(0);
            header.getCell(0).setText(t("control.letter.number", locale));
            header.addNewTableCell().setText(t("control.letter.objective", locale));
            header.addNewTableCell().setText(t("control.letter.deadline", locale));
            tree.all().filter(n -> n.objective().getLevel() != ObjectiveLevel.ACTION).forEach(n -> {
                XWPFTableRow row = table.createRow();
                row.getCell(0).setText(prefix(n.objective(), locale) + " " + n.objective().getNumber());
                row.getCell(1).setText(n.objective().title(locale));
                row.getCell(2).setText(n.objective().getDeadline() == null ? "" : n.objective().getDeadline());
            });
            doc.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new IllegalStateException("DOCX generation failed", ex);
        }
    }

    private static void para(XWPFDocument doc, String text, int size, boolean bold) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
    }

    private static String e(String s) {
        return s == null ? "" : HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
