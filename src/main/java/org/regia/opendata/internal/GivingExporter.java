package org.regia.opendata.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import org.regia.opendata.OpenGrant;
import org.regia.opendata.OpenGrantSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the 360Giving JSON package of a {@link OpenGrantSource} and validates it against the official schema: an
 * export that does not validate is never offered ({@link InvalidExportException} lists the violations). Grant
 * identifiers are "{prefix}-{local id}" with the configured 360Giving prefix; grants to individuals are redacted
 * (generic name, opaque identifier) as the standard's recipientIndividual guidance asks.
 */
@Component
public class GivingExporter {

    /** The vocabulary of the classifications Regia publishes: the strategic domains of the regional innovation plan. */
    static final String DOMAIN_VOCABULARY = "Brussels regional innovation plan 2021-2027: strategic innovation domains";

    private final GivingSchema schema;
    private final Clock clock;
    private final String prefix;
    private final String publisherName;
    private final String publisherId;
    private final JsonMapper json = JsonMapper.shared();

    public GivingExporter(GivingSchema schema, Clock clock,
                          @Value("${regia.opendata.identifier-prefix:360G-regia}") String prefix,
                          @Value("${regia.opendata.publisher.name:Regia}") String publisherName,
                          @Value("${regia.opendata.publisher.identifier:}") String publisherId) {
        this.schema = schema;
        this.clock = clock;
        this.prefix = prefix;
        this.publisherName = publisherName;
        this.publisherId = publisherId;
    }

    public String prefix() {
        return prefix;
    }

    /** The validated package, or an exception listing why it is not valid. */
    public Export export(OpenGrantSource source) {
        List<OpenGrant> all = source.grants();
        List<OpenGrant> exportable = all.stream().filter(GivingExporter::exportable).toList();
        ObjectNode pkg = build(source, exportable);
        validateOrThrow(pkg);
        return new Export(json.writeValueAsBytes(pkg), exportable.size(), all.size() - exportable.size());
    }

    /** Serialised, validated package; {@code omitted} grants lacked an amount or an award date. */
    public record Export(byte[] json, int grants, int omitted) {
    }

    /** Validates any document against the 360Giving package schema (used on every export, and by tests). */
    public void validateOrThrow(JsonNode document) {
        List<GivingSchema.Violation> violations = schema.validate(document);
        if (!violations.isEmpty()) {
            throw new InvalidExportException(violations.stream().map(v -> v.path() + ": " + v.message()).toList());
        }
    }

    static boolean exportable(OpenGrant g) {
        return g.amountAwarded() != null && g.awardDate() != null;
    }

    ObjectNode build(OpenGrantSource source, List<OpenGrant> grants) {
        ObjectNode pkg = json.createObjectNode();
        pkg.put("version", "1.4");
        pkg.put("title", source.title());
        pkg.put("identifier", prefix + "-" + source.key());
        pkg.put("license", source.licence());
        pkg.put("modified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(source.lastUpdated().atOffset(ZoneOffset.UTC)));
        pkg.put("issued", LocalDate.now(clock).toString());
        ObjectNode publisher = pkg.putObject("publisher");
        publisher.put("name", publisherName);
        if (!publisherId.isBlank()) {
            publisher.put("identifier", publisherId);
        }
        ArrayNode array = pkg.putArray("grants");
        for (OpenGrant g : grants) {
            array.add(grant(g));
        }
        return pkg;
    }

    ObjectNode grant(OpenGrant g) {
        ObjectNode n = json.createObjectNode();
        n.put("id", prefix + "-" + g.localId());
        n.put("title", g.title() == null ? g.localId() : g.title());
        n.put("description", g.description() != null ? g.description() : g.title() != null ? g.title() : g.localId());
        n.put("currency", g.currency());
        n.put("amountAwarded", g.amountAwarded());
        n.put("awardDate", g.awardDate().toString());
        if (g.plannedStart() != null || g.plannedEnd() != null) {
            ObjectNode planned = n.putArray("plannedDates").addObject();
            if (g.plannedStart() != null) {
                planned.put("startDate", g.plannedStart().toString());
            }
            if (g.plannedEnd() != null) {
                planned.put("endDate", g.plannedEnd().toString());
            }
        }
        if (g.recipientIsIndividual()) {
            ObjectNode person = n.putObject("recipientIndividual");
            person.put("id", prefix + "-IND-" + opaque(g.localId()));
            person.put("name", "Individual Recipient");
        } else {
            ObjectNode org = n.putArray("recipientOrganization").addObject();
            org.put("id", g.recipientOrgId() == null ? prefix + "-ORG-" + opaque(String.valueOf(g.recipientName())) : g.recipientOrgId());
            org.put("name", g.recipientName() == null ? "(unknown)" : g.recipientName());
        }
        ObjectNode funder = n.putArray("fundingOrganization").addObject();
        funder.put("id", g.funderOrgId() == null ? prefix : g.funderOrgId());
        funder.put("name", g.funderName() == null ? publisherName : g.funderName());
        if (g.programme() != null) {
            n.putArray("grantProgramme").addObject().put("title", g.programme());
        }
        if (g.classifications() != null && !g.classifications().isEmpty()) {
            ArrayNode c = n.putArray("classifications");
            g.classifications().forEach(t -> c.addObject().put("title", t).put("vocabulary", DOMAIN_VOCABULARY));
        }
        if (g.beneficiaryLocation() != null) {
            n.putArray("beneficiaryLocation").addObject().put("name", g.beneficiaryLocation());
        }
        if (g.fromOpenCall() != null) {
            n.put("fromOpenCall", g.fromOpenCall() ? "Yes" : "No");
        }
        return n;
    }

    static String opaque(String s) {
        try {
            byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
