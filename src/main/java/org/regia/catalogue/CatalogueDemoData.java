package org.regia.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.regia.shared.ClockConfiguration;
import org.regia.shared.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: the 2023 programme structure ({@link Programmes2023}) and calls in every state, dated relative
 * to today (themes of the 2023 calls: Joint R&D on construction, infrastructure, transport and logistics; ISA with
 * 3 x EUR 500,000). Loaded once (skipped when programmes exist).
 */
@Component
@Profile("demo")
@Order(30)
class CatalogueDemoData implements ApplicationRunner {

    private static final String EO_QUESTIONS = """
            1. Le projet a-t-il un impact différent sur les femmes et les hommes ? / Heeft het project een verschillende impact op vrouwen en mannen?
            2. Les critères ou la procédure créent-ils un obstacle pour un groupe (handicap, origine, orientation sexuelle, situation sociale) ? / Vormen de criteria of de procedure een drempel voor een groep?
            3. Quelles mesures correctrices ? / Welke corrigerende maatregelen?""";
    private static final String EO_ANSWERS = """
            1. Pas d’impact direct ; les femmes sont sous-représentées parmi les porteurs de projet (suivi par genre) / Geen directe impact; vrouwen zijn ondervertegenwoordigd bij de projectdragers (opvolging per gender).
            2. Non ; séances d’information accessibles, formulaires en FR/NL / Nee; toegankelijke infosessies, formulieren in FR/NL.
            3. Jurys mixtes, statistiques de genre publiées / Gemengde jury’s, genderstatistieken gepubliceerd.""";

    private final ProgrammeRepository programmes;
    private final CallRepository calls;
    private final CatalogueService catalogue;
    private final Clock clock;

    CatalogueDemoData(ProgrammeRepository programmes, CallRepository calls, CatalogueService catalogue, Clock clock) {
        this.programmes = programmes;
        this.calls = calls;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (programmes.count() > 0) {
            return;
        }
        catalogue.loadProgrammes2023IfEmpty();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        EqualOpportunitiesTest eo = new EqualOpportunitiesTest(EO_QUESTIONS, EO_ANSWERS, "officer@regia.example",
                today.minusDays(30));

        call("joint-rd", CallState.OPEN, eo, "Joint R&D : construction, infrastructures, transport et logistique",
                "Joint R&D: bouw, infrastructuur, transport en logistiek",
                "Joint R&D: construction, infrastructure, transport and logistics",
                "Villes résilientes et durables : bâtiments résidentiels et tertiaires, réseaux de transport et de logistique.",
                "Veerkrachtige, duurzame steden: residentiële en tertiaire gebouwen, transport- en logistieke netwerken.",
                CallMode.DEADLINE, at(today.minusDays(10), 9), at(today.plusDays(35), 12), 1, "3500000", "1000000",
                "Grille Joint R&D (qualité, innovation, faisabilité, impact régional)",
                List.of(at(today.plusDays(7), 14)), now);
        call("innovative-starters-award", CallState.OPEN, eo, "Innovative Starters Award", "Innovative Starters Award",
                "Innovative Starters Award",
                "Trois lauréats reçoivent chacun 500 000 euros pour leur plan stratégique d’innovation.",
                "Drie winnaars krijgen elk 500.000 euro voor hun strategisch innovatieplan.",
                CallMode.DEADLINE, at(today.minusDays(20), 9), at(today.plusDays(12), 12), 2, "1500000", "500000",
                "Jury ISA : potentiel d’innovation, vision d’entrepreneuriat durable", List.of(), now);
        call("innovation-voucher", CallState.OPEN, eo, "Chèque innovation (appel permanent)",
                "Innovatievoucher (permanente oproep)", "Innovation Voucher (permanent call)",
                "Services techniques de courte durée auprès d’un centre de recherche agréé ; max. 10 000 euros.",
                "Korte technische diensten bij een erkend onderzoekscentrum; max. 10.000 euro.",
                CallMode.PERMANENT, at(today.minusDays(300), 0), null, 1, "250000", "10000",
                "Critères chèque innovation", List.of(), now);
        call("science-cheque", CallState.OPEN, eo, "Chèques science – année scolaire", "Wetenschapscheques – schooljaar",
                "Science cheques – school year",
                "Maximum 5 000 euros par école et par année scolaire.", "Maximaal 5.000 euro per school per schooljaar.",
                CallMode.PERMANENT, at(today.minusDays(60), 0), null, 1, "130000", "5000",
                "Critères chèques science", List.of(), now);
        call("proof-of-concept", CallState.PUBLISHED, eo, "Proof of Concept – appel annuel", "Proof of Concept – jaarlijkse oproep",
                "Proof of Concept – yearly call",
                "Projets courts pour démontrer le potentiel de valorisation d’une recherche.",
                "Korte projecten om het valorisatiepotentieel van onderzoek aan te tonen.",
                CallMode.DEADLINE, at(today.plusDays(20), 9), at(today.plusDays(80), 12), 1, "1000000", "200000",
                "Grille Proof of Concept", List.of(at(today.plusDays(25), 12)), now);
        call("co-creation", CallState.DRAFT, null, "Co-création : santé et précarité", "Co-creatie: gezondheid en armoede",
                "Co-Creation: health and poverty",
                "Recherche menée avec les patients vulnérables et les acteurs de terrain.",
                "Onderzoek met kwetsbare patiënten en terreinactoren.",
                CallMode.DEADLINE, at(today.plusDays(60), 9), at(today.plusDays(150), 12), 2, "1300000", null,
                null, List.of(), now);
        call("circular-innovation", CallState.CLOSED, eo, "Innovation circulaire", "Circulaire innovatie", "Circular Innovation",
                "Projets fondés sur le réemploi ou le recyclage des déchets.",
                "Projecten op basis van hergebruik of recyclage van afval.",
                CallMode.DEADLINE, at(today.minusDays(120), 9), at(today.minusDays(30), 12), 1, "1205000", "250000",
                "Grille Innovation circulaire", List.of(), now);
        call("prove-your-social-innovation", CallState.ARCHIVED, eo, "Prove Your Social Innovation 2023",
                "Prove Your Social Innovation 2023", "Prove Your Social Innovation 2023",
                "Valider la faisabilité d’une innovation sociale.", "De haalbaarheid van een sociale innovatie valideren.",
                CallMode.DEADLINE, at(LocalDate.of(2023, 2, 1), 9), at(LocalDate.of(2023, 4, 28), 12), 1, "1400000",
                "150000", "Grille PYSI 2023", List.of(), now);
    }

    private void call(String programme, CallState state, EqualOpportunitiesTest eo, String fr, String nl, String en,
                      String themeFr, String themeNl, CallMode mode, Instant opens, Instant closes, int stages,
                      String budget, String expectedGrant, String criteria, List<Instant> sessions, Instant now) {
        Programme p = programmes.findByCode(programme).orElseThrow();
        CallDetails details = new CallDetails(new LocalizedText(fr, nl, en), LocalizedText.of(themeFr, themeNl), mode,
                opens, closes, stages, new BigDecimal(budget), expectedGrant == null ? null : new BigDecimal(expectedGrant),
                criteria, sessions);
        calls.save(Call.historical(p, details, state, eo, now));
    }

    private static Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day, LocalTime.of(hour, 0), ClockConfiguration.BRUSSELS).toInstant();
    }
}
