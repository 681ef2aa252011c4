package org.regia.shared.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders official documents (letters, receipts, agreements, reports) from a Thymeleaf template to PDF with
 * OpenHTMLtoPDF, in the document's language. Templates are XHTML with their own print CSS.
 */
@Service
public class PdfDocuments {

    private final ITemplateEngine templates;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String html(String template, Locale locale, Map<String, Object> model) {
        Context context = new Context(locale, model);
        return templates.process(template, context);
    }

    public byte[] pdf(String template, Locale locale, Map<String, Object> model) {
        String html = html(template, locale, model);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render " + template, e);
        }
    }
}
