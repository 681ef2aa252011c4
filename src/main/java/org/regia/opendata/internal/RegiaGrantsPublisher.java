package org.regia.opendata.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.regia.catalogue.CatalogueService;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.Programme;
import org.regia.grants.GrantAwarded;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationService.PublishedFacts;
import org.regia.shared.ClockConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes Regia's own awarded grants as the open dataset {@value #KEY}: each {@link GrantAwarded} event becomes one
 * row of the published portfolio, with the recipient's enterprise number as org-id, the programme, its strategic
 * innovation domains (360Giving classifications) and the Brussels-Capital Region as beneficiary location when the
 * recipient is located there. A repeated event (the registry re-delivers unfinished ones) changes nothing.
 */
@Component
public class RegiaGrantsPublisher {

    public static final String KEY = "regia-grants";
    static final String TITLE = "Regia — subventions octroyées / toegekende subsidies";
    static final String BRUSSELS = "Région de Bruxelles-Capitale / Brussels Hoofdstedelijk Gewest";

    private final JdbcTemplate jdbc;
    private final OrganisationService organisations;
    private final CatalogueService catalogue;
    private final Clock clock;
    private final String licence;
    private final String funderName;
    private final String funderId;

    RegiaGrantsPublisher(JdbcTemplate jdbc, OrganisationService organisations, CatalogueService catalogue, Clock clock,
                         @Value("${regia.opendata.licence:https://creativecommons.org/licenses/by/4.0/}") String licence,
                         @Value("${regia.opendata.publisher.name:Regia}") String funderName,
                         @Value("${regia.opendata.publisher.identifier:}") String funderId) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.catalogue = catalogue;
        this.clock = clock;
        this.licence = licence;
        this.funderName = funderName;
        this.funderId = funderId.isBlank() ? null : funderId;
    }

    @ApplicationModuleListener
    void on(GrantAwarded event) {
        publish(event);
    }

    /** Adds the grant to the published dataset; returns false when it was already there. */
    @Transactional
    public boolean publish(GrantAwarded e) {
        UUID datasetId = dataset();
        Optional<PublishedFacts> recipient = organisations.publishedFacts(e.organisationId());
        Optional<Programme> programme = programme(e.programmeId());
        LocalDate awarded = LocalDate.ofInstant(e.awardedAt(), ClockConfiguration.BRUSSELS);
        String[] domains = programme.map(p -> p.getDomains().stream().sorted().map(InnovationDomain::name)
                .toArray(String[]::new)).orElse(new String[0]);
        int inserted = jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into opendata_external_grant (id, dataset_id, row_number, identifier, title, description,
                        funder_id, funder_name, recipient_id, recipient_name, recipient_country, recipient_type, amount,
                        currency, award_date, award_year, start_date, end_date, programme, from_open_call, domains,
                        beneficiary_location)
                    values (?, ?, (select coalesce(max(row_number), 0) + 1 from opendata_external_grant where dataset_id = ?),
                        ?, ?, null, ?, ?, ?, ?, 'BE', ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (dataset_id, identifier) do nothing""");
            int i = 1;
            ps.setObject(i++, UUID.randomUUID());
            ps.setObject(i++, datasetId);
            ps.setObject(i++, datasetId);
            ps.setString(i++, Values.cut(e.reference(), 300));
            ps.setString(i++, e.title());
            ps.setString(i++, funderId);
            ps.setString(i++, Values.cut(funderName, 300));
            ps.setString(i++, recipient.map(PublishedFacts::orgId).orElse(null));
            ps.setString(i++, recipient.map(PublishedFacts::legalName).orElse(null));
            ps.setString(i++, recipient.map(r -> r.type().name()).orElse(null));
            ps.setBigDecimal(i++, e.awarded());
            ps.setDate(i++, Date.valueOf(awarded));
            ps.setInt(i++, awarded.getYear());
            ps.setDate(i++, e.start() == null ? null : Date.valueOf(e.start()));
            ps.setDate(i++, e.end() == null ? null : Date.valueOf(e.end()));
            ps.setString(i++, programme.map(p -> Values.cut(bilingual(p), 500)).orElse(null));
            ps.setBoolean(i++, e.callId() != null);
            ps.setArray(i++, con.createArrayOf("varchar", domains));
            ps.setString(i++, recipient.filter(PublishedFacts::inBrusselsRegion).map(r -> BRUSSELS).orElse(null));
            return ps;
        });
        if (inserted == 0) {
            return false;
        }
        jdbc.update("""
                update opendata_dataset set grant_count = s.n, total_amount = s.total, updated_at = ?
                from (select count(*) n, coalesce(sum(amount), 0) total from opendata_external_grant where dataset_id = ?) s
                where id = ?""", Timestamp.from(clock.instant()), datasetId, datasetId);
        return true;
    }

    /** The dataset row, created on the first grant and locked so that concurrent publications count right. */
    private UUID dataset() {
        jdbc.update("""
                insert into opendata_dataset (id, dataset_key, format, title, funder_id, funder_name, source_file, licence,
                    grant_count, total_amount, updated_at, own)
                values (?, ?, ?, ?, ?, ?, 'regia', ?, 0, 0, ?, true)
                on conflict (dataset_key) do nothing""",
                UUID.randomUUID(), KEY, ImportFormat.REGIA_GRANTS.name(), TITLE, funderId, Values.cut(funderName, 300),
                licence, Timestamp.from(clock.instant()));
        return jdbc.queryForObject("select id from opendata_dataset where dataset_key = ? for update", UUID.class, KEY);
    }

    private Optional<Programme> programme(UUID id) {
        return catalogue.findProgramme(id);
    }

    private static String bilingual(Programme p) {
        String fr = p.getName().fr();
        String nl = p.getName().nl();
        return nl == null || nl.isBlank() || nl.equals(fr) ? fr : fr + " / " + nl;
    }

    /** For tests and the demo: the identifiers of the published grants, in publication order. */
    List<String> identifiers() {
        return jdbc.queryForList("""
                select g.identifier from opendata_external_grant g join opendata_dataset d on d.id = g.dataset_id
                where d.dataset_key = ? order by g.row_number""", String.class, KEY);
    }
}
