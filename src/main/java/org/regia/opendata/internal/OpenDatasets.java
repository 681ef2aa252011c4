package org.regia.opendata.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.regia.opendata.OpenGrant;
import org.regia.opendata.OpenGrantSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Every published grant dataset: the {@link OpenGrantSource} beans of other modules (Regia's own grants, later) and
 * one source per imported external portfolio. Validated 360Giving exports are cached until the dataset changes.
 */
@Service
public class OpenDatasets {

    private final List<OpenGrantSource> declared;
    private final Portfolios portfolios;
    private final GivingExporter exporter;
    private final Map<String, CachedExport> cache = new ConcurrentHashMap<>();

    private final MessageSource messages;

    public OpenDatasets(List<OpenGrantSource> declared, Portfolios portfolios, GivingExporter exporter,
                        MessageSource messages) {
        this.declared = declared;
        this.portfolios = portfolios;
        this.exporter = exporter;
        this.messages = messages;
    }

    /** A published dataset as listed on the open-data page and in the catalogue. */
    public record Published(String key, String title, String licence, Instant updated, int grants, String publisher,
                            boolean external) {
    }

    public List<Published> all() {
        List<Published> result = new ArrayList<>();
        for (OpenGrantSource s : declared) {
            result.add(new Published(s.key(), s.title(), s.licence(), s.lastUpdated(), s.grants().size(), null, false));
        }
        for (DatasetView d : portfolios.datasets()) {
            result.add(new Published(d.key(), d.title(), d.licence(), d.updatedAt(), d.grantCount(), d.funderName(), !d.own()));
        }
        return result;
    }

    public Optional<OpenGrantSource> source(String key) {
        return declared.stream().filter(s -> s.key().equals(key)).findFirst()
                .or(() -> portfolios.dataset(key).map(this::external));
    }

    public GivingExporter.Export export(String key) {
        OpenGrantSource source = source(key).orElseThrow(() -> new org.regia.shared.NotFoundException("dataset", key));
        CachedExport cached = cache.get(key);
        if (cached != null && cached.updated.equals(source.lastUpdated())) {
            return cached.export;
        }
        GivingExporter.Export export = exporter.export(source);
        cache.put(key, new CachedExport(source.lastUpdated(), export));
        return export;
    }

    private record CachedExport(Instant updated, GivingExporter.Export export) {
    }

    OpenGrantSource external(DatasetView d) {
        return new OpenGrantSource() {
            @Override
            public String key() {
                return d.key();
            }

            @Override
            public String title() {
                return d.title();
            }

            @Override
            public String licence() {
                return d.licence();
            }

            @Override
            public Instant lastUpdated() {
                return d.updatedAt();
            }

            @Override
            public List<OpenGrant> grants() {
                return portfolios.allGrants(d.key()).stream().map(OpenDatasets.this::toOpenGrant).toList();
            }
        };
    }

    OpenGrant toOpenGrant(ExternalGrantView g) {
        boolean individual = "individual".equals(g.recipientType());
        // CORDIS gives no award date: the project start is the closest published date
        var awardDate = g.awardDate() != null ? g.awardDate() : g.startDate();
        return new OpenGrant(g.identifier(), g.title(), g.description(), g.amount(), g.currency(), awardDate, g.startDate(),
                g.endDate(), g.recipientId(), g.recipientName(), individual, g.funderId(), g.funderName(),
                g.programme(), g.domains().stream().map(this::domainTitle).toList(), g.beneficiaryLocation(), g.fromOpenCall());
    }

    /** A strategic domain as a 360Giving classification title: French / Dutch, as the region publishes. */
    private String domainTitle(String code) {
        String key = "catalogue.innovationDomain." + code;
        return messages.getMessage(key, null, code, Locale.FRENCH) + " / " + messages.getMessage(key, null, code, Locale.forLanguageTag("nl"));
    }
}
