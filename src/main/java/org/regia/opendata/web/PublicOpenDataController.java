package org.regia.opendata.web;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regia.opendata.OpenGrantSource;
import org.regia.opendata.internal.GivingExporter;
import org.regia.opendata.internal.GivingFlatFile;
import org.regia.opendata.internal.InvalidExportException;
import org.regia.opendata.internal.OpenDatasets;
import org.regia.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The public open-data page, its DCAT-AP catalogue and the downloads (no login). */
@Controller
@RequestMapping("/public/opendata")
class PublicOpenDataController {

    static final String CC_BY = "https://creativecommons.org/licenses/by/4.0/";
    private static final String STANDARD = "https://standard.threesixtygiving.org/en/latest/";

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final OpenDatasets datasets;
    private final GivingExporter exporter;
    private final MessageSource messages;

    PublicOpenDataController(OpenDatasets datasets, GivingExporter exporter, MessageSource messages) {
        this.datasets = datasets;
        this.exporter = exporter;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("datasets", datasets.all());
        return "opendata/public";
    }

    /** DCAT-AP catalogue of the published datasets, as JSON-LD. */
    @GetMapping(value = "/catalog.jsonld", produces = "application/ld+json")
    @ResponseBody
    Map<String, Object> catalogue() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        List<Map<String, Object>> list = new ArrayList<>();
        for (OpenDatasets.Published d : datasets.all()) {
            String page = base + "/public/opendata/datasets/" + d.key();
            Map<String, Object> ds = new LinkedHashMap<>();
            ds.put("@id", page);
            ds.put("@type", "dcat:Dataset");
            ds.put("dct:identifier", d.key());
            ds.put("dct:title", d.title());
            ds.put("dct:license", Map.of("@id", d.licence() == null ? CC_BY : d.licence()));
            ds.put("dct:modified", Map.of("@value", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(d.updated().atOffset(ZoneOffset.UTC)),
                    "@type", "xsd:dateTime"));
            if (d.publisher() != null) {
                ds.put("dct:publisher", Map.of("@type", "foaf:Agent", "foaf:name", d.publisher()));
            }
            ds.put("dcat:keyword", List.of("grants", "research and innovation funding"));
            ds.put("dcat:distribution", List.of(
                    distribution(page + "/360giving.json", "application/json", "360Giving JSON", STANDARD, d),
                    distribution(page + ".csv", "text/csv", "CSV", STANDARD, d),
                    distribution(page + ".xlsx", XLSX, "XLSX", STANDARD, d)));
            list.add(ds);
        }
        Map<String, Object> catalogue = new LinkedHashMap<>();
        catalogue.put("@context", context);
        catalogue.put("@id", base + "/public/opendata/catalog.jsonld");
        catalogue.put("@type", "dcat:Catalog");
        catalogue.put("dct:title", "Regia open data");
        catalogue.put("dct:description", "Grant data published by Regia and external funders' portfolios it has imported.");
        catalogue.put("dct:language", List.of(Map.of("@id", "http://publications.europa.eu/resource/authority/language/FRA"),
                Map.of("@id", "http://publications.europa.eu/resource/authority/language/NLD"),
                Map.of("@id", "http://publications.europa.eu/resource/authority/language/ENG")));
        catalogue.put("foaf:homepage", Map.of("@id", base + "/public/opendata"));
        catalogue.put("dcat:dataset", list);
        return catalogue;
    }

    private static Map<String, Object> distribution(String url, String mediaType, String format, String conformsTo,
                                                    OpenDatasets.Published d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", "dcat:Distribution");
        m.put("dcat:accessURL", Map.of("@id", url));
        m.put("dcat:downloadURL", Map.of("@id", url));
        m.put("dcat:mediaType", mediaType);
        m.put("dct:format", format);
        m.put("dct:license", Map.of("@id", d.licence() == null ? CC_BY : d.licence()));
        if (conformsTo != null) {
            m.put("dct:conformsTo", Map.of("@id", conformsTo));
        }
        return m;
    }

    /** The 360Giving JSON package, validated against the official schema before it is offered. */
    @GetMapping("/datasets/{key}/360giving.json")
    ResponseEntity<byte[]> giving360(@PathVariable String key) {
        try {
            GivingExporter.Export export = datasets.export(key);
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + key + "-360giving.json\"")
                    .header("X-Grants-Omitted", String.valueOf(export.omitted()))
                    .body(export.json());
        } catch (InvalidExportException e) {
            String text = messages.getMessage("opendata.export.invalid", null, LocaleContextHolder.getLocale());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN)
                    .body((text + "\n" + String.join("\n", e.violations().stream().limit(20).toList())).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Flattened 360Giving CSV of every grant of the dataset (also those without award date). */
    @GetMapping("/datasets/{key}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String key) {
        OpenGrantSource source = datasets.source(key).orElseThrow(() -> new NotFoundException("dataset", key));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + key + ".csv\"")
                .body(GivingFlatFile.csv(exporter.prefix(), source.grants()));
    }

    /** The same, as a spreadsheet. */
    @GetMapping("/datasets/{key}.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable String key) {
        OpenGrantSource source = datasets.source(key).orElseThrow(() -> new NotFoundException("dataset", key));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + key + ".xlsx\"")
                .body(GivingFlatFile.xlsx(exporter.prefix(), source.grants()));
    }
}
