package org.regia.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.regia.catalogue.CatalogueService;
import org.regia.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymised micro-data for researchers: one line per answered survey (latest version), no personal data and nothing
 * that identifies an organisation (no name, number, title, DOI or free text; amounts and turnover in bands or rounded),
 * and every cell of programme × survey kind × wave × beneficiary type with fewer than the threshold of answers first
 * coarsened (beneficiary type "ANY"), then suppressed if still too small. The codebook describes each column and says how many lines were suppressed.
 */
@Service
@Transactional(readOnly = true)
public class MicrodataExport {

    public static final List<String> COLUMNS = List.of("record", "kind", "wave", "survey_year", "programme", "domains",
            "beneficiary_type", "amount_band", "staff_before_fte", "staff_fte", "fte_created", "fte_kept",
            "turnover_k", "export_turnover_k", "private_funding_k", "public_funding_k", "spin_offs", "patents",
            "publications", "products_launched", "still_in_region", "without_support");

    public record Export(String csv, String codebook, int lines, int suppressed) {
    }

    private final JdbcTemplate jdbc;
    private final CatalogueService catalogue;
    private final int threshold;

    MicrodataExport(JdbcTemplate jdbc, CatalogueService catalogue,
                    @Value("${regia.impact.small-cell-threshold:5}") int threshold) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    public Export export() {
        SurveyService.requireStaff();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                with latest as (select distinct on (survey_id) * from impact_answer order by survey_id, version desc)
                select s.kind, s.wave, extract(year from s.opens_on)::int as survey_year, s.programme_id, s.domains,
                       coalesce(s.organisation_type, 'UNKNOWN') as beneficiary_type, s.amount, s.baseline_staff,
                       a.staff_fte, a.fte_created, a.fte_kept, a.turnover, a.export_turnover, a.private_funding,
                       a.public_funding, a.spin_offs, a.patents, a.publications, a.products_launched,
                       a.still_in_region, a.without_support
                from impact_survey s join latest a on a.survey_id = s.id
                order by md5(s.id::text)""");
        Map<UUID, String> codes = new HashMap<>();
        for (Map<String, Object> r : rows) {
            r.put("programme", programmeCode((UUID) r.get("programme_id"), codes));
        }
        // first coarsen: a beneficiary type too rare in its cell becomes "ANY"; then suppress what is still too rare
        Map<String, Long> fine = rows.stream().collect(Collectors.groupingBy(MicrodataExport::cell, Collectors.counting()));
        for (Map<String, Object> r : rows) {
            if (fine.get(cell(r)) < threshold) {
                r.put("beneficiary_type", "ANY");
            }
        }
        Map<String, Long> cells = rows.stream().collect(Collectors.groupingBy(MicrodataExport::cell, Collectors.counting()));
        StringBuilder csv = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        int n = 0;
        int suppressed = 0;
        for (Map<String, Object> r : rows) {
            if (cells.get(cell(r)) < threshold) {
                suppressed++;
                continue;
            }
            n++;
            List<Object> v = new ArrayList<>();
            v.add(n);
            v.add(r.get("kind"));
            v.add(r.get("wave"));
            v.add(r.get("survey_year"));
            v.add(r.get("programme"));
            v.add(String.valueOf(r.get("domains")).replace(',', '|'));
            v.add(r.get("beneficiary_type"));
            v.add(amountBand((BigDecimal) r.get("amount"), String.valueOf(r.get("kind"))));
            v.add(plain(r.get("baseline_staff")));
            v.add(plain(r.get("staff_fte")));
            v.add(plain(r.get("fte_created")));
            v.add(plain(r.get("fte_kept")));
            v.add(thousands(r.get("turnover")));
            v.add(thousands(r.get("export_turnover")));
            v.add(thousands(r.get("private_funding")));
            v.add(thousands(r.get("public_funding")));
            v.add(plain(r.get("spin_offs")));
            v.add(plain(r.get("patents")));
            v.add(plain(r.get("publications")));
            v.add(plain(r.get("products_launched")));
            v.add(plain(r.get("still_in_region")));
            v.add(plain(r.get("without_support")));
            csv.append(v.stream().map(String::valueOf).collect(Collectors.joining(","))).append('\n');
        }
        return new Export(csv.toString(), codebook(n, suppressed), n, suppressed);
    }

    private static String cell(Map<String, Object> r) {
        return r.get("programme") + "|" + r.get("kind") + "|" + r.get("wave") + "|" + r.get("beneficiary_type");
    }

    private String programmeCode(UUID id, Map<UUID, String> cache) {
        if (id == null) {
            return "NONE";
        }
        return cache.computeIfAbsent(id, k -> {
            try {
                return catalogue.programme(k).getCode();
            } catch (NotFoundException e) {
                return "UNKNOWN";
            }
        });
    }

    static String amountBand(BigDecimal amount, String kind) {
        if ("COMPARISON".equals(kind) || amount == null) {
            return "0";
        }
        double a = amount.doubleValue();
        if (a < 50_000) {
            return "<50k";
        }
        if (a < 150_000) {
            return "50k-150k";
        }
        if (a < 500_000) {
            return "150k-500k";
        }
        return ">=500k";
    }

    private static String plain(Object o) {
        if (o == null) {
            return "";
        }
        return o instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : o.toString();
    }

    /** Rounded to the nearest EUR 10,000 and written in thousands, so that exact accounts cannot be matched. */
    static String thousands(Object o) {
        if (o == null) {
            return "";
        }
        BigDecimal d = (BigDecimal) o;
        return d.divide(BigDecimal.valueOf(10_000), 0, RoundingMode.HALF_UP).multiply(BigDecimal.TEN).toPlainString();
    }

    private String codebook(int lines, int suppressed) {
        return """
                column,type,description
                record,integer,"Sequential record number in a random order; not an identifier of anything in Regia"
                kind,code,"BENEFICIARY (funded) or COMPARISON (rejected applicant of the same calls)"
                wave,integer,"Years after the (planned) end of the project when the survey was sent"
                survey_year,integer,"Year the survey opened"
                programme,code,"Programme code of the call"
                domains,codes,"Strategic innovation domains of the programme, separated by |"
                beneficiary_type,code,"Organisation type (COMPANY, UNIVERSITY, ...); ANY where a type was too rare to publish"
                amount_band,band,"Aid granted: <50k, 50k-150k, 150k-500k, >=500k EUR; 0 for the comparison group"
                staff_before_fte,decimal,"Staff in FTE in the accounts of the year before the project (when known)"
                staff_fte,decimal,"Staff in FTE at the time of the survey"
                fte_created,decimal,"Jobs created by the project (FTE)"
                fte_kept,decimal,"Jobs kept thanks to the project (FTE)"
                turnover_k,integer,"Turnover of the last year, thousands of EUR, rounded to EUR 10,000"
                export_turnover_k,integer,"Export turnover, thousands of EUR, rounded to EUR 10,000"
                private_funding_k,integer,"Follow-on private funding raised, thousands of EUR, rounded to EUR 10,000"
                public_funding_k,integer,"Follow-on public funding obtained, thousands of EUR, rounded to EUR 10,000"
                spin_offs,integer,"Spin-offs created"
                patents,integer,"Patents filed"
                publications,integer,"Publications"
                products_launched,integer,"Products or services launched"
                still_in_region,boolean,"Still located in the Brussels-Capital Region"
                without_support,code,"Without support the project would have been done: FULLY / SMALLER / LATER / NOT_AT_ALL (comparison group: what was actually done)"
                # %d lines exported; %d lines suppressed because their cell (programme x kind x wave x beneficiary type) had fewer than %d answers even after coarsening the beneficiary type to ANY.
                # No names, enterprise numbers, titles, DOIs, comments or e-mail addresses are exported.
                """.formatted(lines, suppressed, threshold);
    }
}
