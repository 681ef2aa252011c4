package org.regia.catalogue;

import static org.regia.catalogue.InnovationDomain.CLIMATE_BUILDINGS;
import static org.regia.catalogue.InnovationDomain.DIGITAL;
import static org.regia.catalogue.InnovationDomain.HEALTH;
import static org.regia.catalogue.InnovationDomain.RESOURCES;
import static org.regia.catalogue.InnovationDomain.SOCIAL_INNOVATION;
import static org.regia.catalogue.InnovationDomain.URBAN_FLOWS;
import static org.regia.catalogue.InnovationPhase.DEVELOPMENT;
import static org.regia.catalogue.InnovationPhase.IDEATION;
import static org.regia.catalogue.InnovationPhase.VALIDATION;
import static org.regia.organisations.OrganisationType.COMPANY;
import static org.regia.organisations.OrganisationType.NON_PROFIT;
import static org.regia.organisations.OrganisationType.PUBLIC_BODY;
import static org.regia.organisations.OrganisationType.RESEARCH_CENTRE;
import static org.regia.organisations.OrganisationType.SCHOOL;
import static org.regia.organisations.OrganisationType.UNIVERSITY;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;
import org.regia.shared.LocalizedText;
import org.regia.shared.Money;

/**
 * The regional RDI institute's programme structure of 2023: instrument table of extract 001 §4.2 (TRL, track,
 * beneficiaries) with the rules and amounts of extract 000-002 §B3 (voucher max EUR 10,000; science cheque max
 * EUR 5,000 per school per year; patents 50%; Innovative Starters Award EUR 500,000 per winner). Used by the demo
 * data and by the tests of the finder. Phases and "needs" are our placement on the innovation journey (derived from
 * the TRL and the description; the sources do not state them).
 */
public final class Programmes2023 {

    private static final String ECONOMIC = "Ordonnance du 27 juillet 2017 (finalité économique) / Ordonnantie van 27 juli 2017 (economische finaliteit)";
    private static final String NON_ECONOMIC = "Ordonnance du 27 juillet 2017 (finalité non économique) / Ordonnantie van 27 juli 2017 (niet-economische finaliteit)";
    private static final Set<SizeClass> SME = EnumSet.of(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM);
    private static final Set<InnovationDomain> ALL_DOMAINS = EnumSet.allOf(InnovationDomain.class);
    private static final Set<InnovationDomain> NONE = EnumSet.noneOf(InnovationDomain.class);

    private Programmes2023() {
    }

    public static List<ProgrammeDetails> all() {
        List<ProgrammeDetails> list = new ArrayList<>();
        list.add(p("brains-for-brussels", InstrumentKind.GRANT, TrlRange.of(1, 2), Set.of(IDEATION), Set.of(Track.ACADEMIA),
                Set.of(UNIVERSITY, RESEARCH_CENTRE), Set.of(), ALL_DOMAINS, Set.of(SupportNeed.RESEARCHER, SupportNeed.PROJECT_FUNDING),
                NON_ECONOMIC, null, null, null,
                "Brains for Brussels", "Brains for Brussels", "Brains for Brussels",
                "Financement de chercheurs qui s’installent en Région bruxelloise pour une recherche à haut risque et haut rendement.",
                "Financiering van onderzoekers die zich in het Brussels Gewest vestigen voor high-risk high-return onderzoek.",
                "Funding for researchers who settle in the Brussels Region for high-risk, high-return research."));
        list.add(p("prospective-research", InstrumentKind.GRANT, TrlRange.of(1, 4), Set.of(IDEATION), Set.of(Track.ACADEMIA, Track.PUBLIC_NON_PROFIT),
                Set.of(UNIVERSITY, RESEARCH_CENTRE), Set.of(), EnumSet.of(SOCIAL_INNOVATION, URBAN_FLOWS, HEALTH, RESOURCES),
                Set.of(SupportNeed.PROJECT_FUNDING), NON_ECONOMIC, null, null, null,
                "Recherche prospective", "Prospectief onderzoek", "Prospective Research",
                "Appel thématique pour une recherche prospective sur les défis de société de la Région : cohésion sociale, mobilité, logement.",
                "Thematische oproep voor toekomstgericht onderzoek naar maatschappelijke uitdagingen van het Gewest: sociale cohesie, mobiliteit, huisvesting.",
                "Thematic call for forward-looking research on the Region’s societal challenges: social cohesion, mobility, housing."));
        list.add(p("proof-of-concept", InstrumentKind.GRANT, TrlRange.of(2, 4), Set.of(VALIDATION), Set.of(Track.ACADEMIA),
                Set.of(UNIVERSITY, RESEARCH_CENTRE), Set.of(), ALL_DOMAINS,
                Set.of(SupportNeed.START_COMPANY, SupportNeed.FEASIBILITY, SupportNeed.PROJECT_FUNDING), NON_ECONOMIC, null, null, null,
                "Proof of Concept", "Proof of Concept", "Proof of Concept",
                "Projets courts qui démontrent le potentiel de valorisation d’une recherche académique, étape vers une spin-off.",
                "Korte projecten die het valorisatiepotentieel van academisch onderzoek aantonen, een stap naar een spin-off.",
                "Short projects that show the valorisation potential of academic research, a step towards a spin-off."));
        list.add(p("spin-off", InstrumentKind.GRANT, TrlRange.of(5, 8), Set.of(DEVELOPMENT), Set.of(Track.ACADEMIA),
                Set.of(UNIVERSITY, RESEARCH_CENTRE), Set.of(), ALL_DOMAINS, Set.of(SupportNeed.START_COMPANY), NON_ECONOMIC, null, null, null,
                "Spin-off", "Spin-off", "Spin-off",
                "Soutien à la création d’entreprises qui exploitent les résultats de la recherche des institutions bruxelloises.",
                "Steun voor de oprichting van bedrijven die onderzoeksresultaten van Brusselse instellingen valoriseren.",
                "Support for creating companies that exploit research results of Brussels institutions."));
        list.add(p("corporate-spin-off", InstrumentKind.GRANT, TrlRange.of(5, 8), Set.of(DEVELOPMENT), Set.of(Track.COMPANY),
                Set.of(COMPANY), Set.of(), ALL_DOMAINS, Set.of(SupportNeed.START_COMPANY), ECONOMIC, null, null, null,
                "Corporate Spin-off", "Corporate Spin-off", "Corporate Spin-off",
                "Financement des spin-offs d’entreprises bruxelloises.",
                "Financiering van spin-offs van Brusselse bedrijven.",
                "Funding for spin-offs of Brussels companies."));
        list.add(p("feasibility-study", InstrumentKind.GRANT, TrlRange.of(2, 4), Set.of(VALIDATION), Set.of(Track.COMPANY),
                Set.of(COMPANY), Set.of(), ALL_DOMAINS, Set.of(SupportNeed.FEASIBILITY), ECONOMIC, null, null, null,
                "Étude de faisabilité", "Haalbaarheidsstudie", "Feasibility Study",
                "Étude de la faisabilité technique d’une innovation qui représente une avancée significative pour son secteur.",
                "Studie van de technische haalbaarheid van een innovatie die een aanzienlijke vooruitgang betekent voor haar sector.",
                "Study of the technical feasibility of an innovation that is a significant advance for its industry."));
        list.add(p("rd-projects", InstrumentKind.GRANT, TrlRange.of(2, 8), Set.of(VALIDATION, DEVELOPMENT), Set.of(Track.COMPANY),
                Set.of(COMPANY, UNIVERSITY, RESEARCH_CENTRE), Set.of(), ALL_DOMAINS, Set.of(SupportNeed.PROJECT_FUNDING),
                ECONOMIC + "; RGEC/AGVV art. 25", null, null, null,
                "Projets de R&D", "O&O-projecten", "R&D Projects",
                "Développement de produits, procédés et services innovants : recherche industrielle, développement expérimental, innovation organisationnelle.",
                "Ontwikkeling van innovatieve producten, processen en diensten: industrieel onderzoek, experimentele ontwikkeling, organisatie-innovatie.",
                "Developing innovative products, processes and services: industrial research, experimental development, organisational innovation."));
        list.add(p("joint-rd", InstrumentKind.GRANT, TrlRange.of(2, 7), Set.of(VALIDATION, DEVELOPMENT), Set.of(Track.COMPANY, Track.ACADEMIA),
                Set.of(COMPANY, UNIVERSITY, RESEARCH_CENTRE), Set.of(), ALL_DOMAINS,
                Set.of(SupportNeed.COLLABORATION, SupportNeed.PROJECT_FUNDING), ECONOMIC, null, null, null,
                "Joint R&D", "Joint R&D", "Joint R&D",
                "Projets collaboratifs entre institutions de recherche et entreprises dans un domaine technologique prometteur.",
                "Samenwerkingsprojecten tussen onderzoeksinstellingen en bedrijven in een veelbelovend technologiedomein.",
                "Collaborative projects between research institutions and companies in a promising technology area."));
        list.add(p("research-platform", InstrumentKind.GRANT, TrlRange.of(2, 4), Set.of(IDEATION, VALIDATION), Set.of(Track.ACADEMIA, Track.COMPANY),
                Set.of(UNIVERSITY, RESEARCH_CENTRE, COMPANY), Set.of(), ALL_DOMAINS, Set.of(SupportNeed.COLLABORATION), NON_ECONOMIC, null, null, null,
                "Plateforme de recherche", "Onderzoeksplatform", "Research Platform",
                "Plateformes collaboratives de compétences académiques qui soutiennent la transition d’un secteur économique.",
                "Samenwerkingsplatformen van academische competenties die de transitie van een economische sector ondersteunen.",
                "Collaborative platforms of academic skills supporting the transition of an economic sector."));
        list.add(p("co-creation", InstrumentKind.GRANT, TrlRange.of(2, 5), Set.of(IDEATION, VALIDATION), Set.of(Track.ACADEMIA, Track.PUBLIC_NON_PROFIT),
                Set.of(UNIVERSITY, RESEARCH_CENTRE, COMPANY, NON_PROFIT, PUBLIC_BODY), Set.of(), EnumSet.of(SOCIAL_INNOVATION, CLIMATE_BUILDINGS, RESOURCES),
                Set.of(SupportNeed.COLLABORATION, SupportNeed.PROJECT_FUNDING), NON_ECONOMIC, null, null, null,
                "Co-création", "Co-creatie", "Co-Creation",
                "Projets de recherche menés avec les citoyens et les acteurs de terrain sur la résilience de la Région.",
                "Onderzoeksprojecten met burgers en terreinactoren over de veerkracht van het Gewest.",
                "Research projects run with citizens and field actors on the Region’s resilience."));
        list.add(p("experimental-platform", InstrumentKind.GRANT, TrlRange.of(5, 8), Set.of(DEVELOPMENT), Set.of(Track.COMPANY, Track.ACADEMIA),
                Set.of(UNIVERSITY, RESEARCH_CENTRE, COMPANY), Set.of(), EnumSet.of(CLIMATE_BUILDINGS, RESOURCES, URBAN_FLOWS),
                Set.of(SupportNeed.COLLABORATION), ECONOMIC, null, null, null,
                "Plateforme expérimentale", "Experimenteel platform", "Experimental Platform",
                "Expérimentations de produits, approches ou services innovants au service d’une transition durable.",
                "Experimenten met innovatieve producten, benaderingen of diensten voor een duurzame transitie.",
                "Experiments with innovative products, approaches or services supporting a sustainable transition."));
        list.add(p("applied-phd", InstrumentKind.GRANT, TrlRange.of(2, 4), Set.of(VALIDATION), Set.of(Track.ACADEMIA, Track.COMPANY, Track.PUBLIC_NON_PROFIT),
                Set.of(UNIVERSITY, COMPANY, PUBLIC_BODY), Set.of(), ALL_DOMAINS, Set.of(SupportNeed.RESEARCHER, SupportNeed.COLLABORATION),
                NON_ECONOMIC, null, null, null,
                "Doctorat appliqué", "Applied PhD", "Applied PhD",
                "Doctorats menés à temps partiel dans une entreprise ou une administration, en partenariat avec une université.",
                "Doctoraten die deeltijds in een bedrijf of administratie worden uitgevoerd, in partnerschap met een universiteit.",
                "Doctorates carried out part-time in a company or administration, in partnership with a university."));
        list.add(p("innovation-voucher", InstrumentKind.VOUCHER, TrlRange.of(2, 7), Set.of(VALIDATION, DEVELOPMENT), Set.of(Track.COMPANY),
                Set.of(COMPANY), SME, ALL_DOMAINS, Set.of(SupportNeed.LAB_SERVICE), ECONOMIC, Money.eur(10_000), null, null,
                "Chèque innovation", "Innovatievoucher", "Innovation Voucher",
                "Une PME bruxelloise achète un service technique de courte durée à un centre de recherche agréé (113 en 2023) ; décision rapide.",
                "Een Brusselse kmo koopt een korte technische dienst bij een erkend onderzoekscentrum (113 in 2023); korte beslissingscyclus.",
                "A Brussels SME buys a short technical service from a recognised research centre (113 in 2023); short decision cycle."));
        list.add(p("patents", InstrumentKind.GRANT, TrlRange.of(4, 6), Set.of(DEVELOPMENT), Set.of(Track.COMPANY),
                Set.of(COMPANY), SME, ALL_DOMAINS, Set.of(SupportNeed.PATENT), ECONOMIC, null, new BigDecimal("50"), null,
                "Brevets", "Octrooien", "Patents",
                "Prise en charge de 50 % des coûts de dépôt et d’obtention d’un brevet pour les PME bruxelloises.",
                "Dekking van 50% van de kosten om een octrooi aan te vragen en te verkrijgen voor Brusselse kmo’s.",
                "Covers 50% of the costs of filing and obtaining a patent for Brussels SMEs."));
        list.add(p("secondment-of-experts", InstrumentKind.GRANT, TrlRange.of(2, 4), Set.of(VALIDATION), Set.of(Track.COMPANY),
                Set.of(COMPANY), SME, ALL_DOMAINS, Set.of(SupportNeed.RESEARCHER), ECONOMIC, null, null, null,
                "Détachement d’experts", "Detachering van experts", "Secondment of Experts",
                "Engagement temporaire de personnel hautement qualifié pour stimuler la R&I dans les PME.",
                "Tijdelijke aanwerving van hooggekwalificeerd personeel om O&I in kmo’s te stimuleren.",
                "Temporary hiring of highly qualified staff to stimulate R&I in SMEs."));
        list.add(p("innovative-starters-award", InstrumentKind.PRIZE, TrlRange.of(1, 8), Set.of(IDEATION, VALIDATION, DEVELOPMENT), Set.of(Track.COMPANY),
                Set.of(COMPANY), SME, ALL_DOMAINS, Set.of(SupportNeed.PROJECT_FUNDING), ECONOMIC, null, null, Money.eur(500_000),
                "Innovative Starters Award", "Innovative Starters Award", "Innovative Starters Award",
                "Concours pour jeunes entreprises technologiques : 500 000 euros pour le plan stratégique d’innovation de chacun des 3 lauréats.",
                "Wedstrijd voor jonge technologiebedrijven: 500.000 euro voor het strategisch innovatieplan van elk van de 3 winnaars.",
                "Competition for young technology companies: EUR 500,000 for the strategic innovation plan of each of the 3 winners."));
        list.add(p("proof-of-business", InstrumentKind.GRANT, TrlRange.of(4, 5), Set.of(VALIDATION), Set.of(Track.COMPANY),
                Set.of(COMPANY), SME, ALL_DOMAINS, Set.of(SupportNeed.FEASIBILITY), ECONOMIC, null, null, null,
                "Proof of Business", "Proof of Business", "Proof of Business",
                "Valider la pertinence économique et technique d’un projet innovant en testant sa proposition de valeur.",
                "De economische en technische relevantie van een innovatief project valideren door de waardepropositie te testen.",
                "Validate the economic and technical relevance of an innovative project by testing its value proposition."));
        list.add(p("prove-your-social-innovation", InstrumentKind.GRANT, TrlRange.of(4, 7), Set.of(VALIDATION), Set.of(Track.COMPANY, Track.PUBLIC_NON_PROFIT),
                Set.of(COMPANY, NON_PROFIT), Set.of(), EnumSet.of(SOCIAL_INNOVATION),
                Set.of(SupportNeed.FEASIBILITY, SupportNeed.PROJECT_FUNDING), ECONOMIC, null, null, null,
                "Prove Your Social Innovation", "Prove Your Social Innovation", "Prove Your Social Innovation",
                "Valider la faisabilité d’un produit, service ou procédé socialement innovant qui répond à un besoin social identifié.",
                "De haalbaarheid valideren van een sociaal innovatief product, dienst of proces dat een duidelijke sociale nood beantwoordt.",
                "Validate the feasibility of a socially innovative product, service or process answering a clear social need."));
        list.add(p("bruseed", InstrumentKind.LOAN, TrlRange.of(7, 8), Set.of(DEVELOPMENT), Set.of(Track.COMPANY),
                Set.of(COMPANY), SME, ALL_DOMAINS, Set.of(SupportNeed.SEED_CAPITAL), ECONOMIC, null, null, null,
                "Bruseed", "Bruseed", "Bruseed",
                "Capital d’amorçage pour les PME en phase de développement ou de pré-commercialisation.",
                "Zaaikapitaal voor kmo’s in de ontwikkelings- of precommercialiseringsfase.",
                "Seed capital for SMEs in the development or pre-commercialisation phase."));
        list.add(p("circular-innovation", InstrumentKind.GRANT, TrlRange.notApplicable(), Set.of(VALIDATION, DEVELOPMENT), Set.of(Track.COMPANY),
                Set.of(COMPANY, NON_PROFIT), Set.of(), EnumSet.of(RESOURCES), Set.of(SupportNeed.FEASIBILITY, SupportNeed.PROJECT_FUNDING),
                ECONOMIC, null, null, null,
                "Innovation circulaire", "Circulaire innovatie", "Circular Innovation",
                "Tester la faisabilité ou améliorer une activité innovante fondée sur le réemploi ou le recyclage de déchets.",
                "De haalbaarheid testen of een innovatieve activiteit verbeteren op basis van hergebruik of recyclage van afval.",
                "Test the feasibility of, or improve, an innovative activity based on reuse or recycling of waste."));
        list.add(p("stem", InstrumentKind.GRANT, TrlRange.notApplicable(), Set.of(), Set.of(Track.PUBLIC_NON_PROFIT),
                Set.of(COMPANY, NON_PROFIT, UNIVERSITY), Set.of(), NONE, Set.of(SupportNeed.SCIENCE_AWARENESS), NON_ECONOMIC, null, null, null,
                "STEM", "STEM", "STEM",
                "Projets qui sensibilisent les enfants, les jeunes ou le grand public aux sciences et technologies.",
                "Projecten die kinderen, jongeren of het brede publiek warm maken voor wetenschap en technologie.",
                "Projects raising science awareness among children, young people or the general public."));
        list.add(p("science-cheque", InstrumentKind.VOUCHER, TrlRange.notApplicable(), Set.of(), Set.of(Track.PUBLIC_NON_PROFIT),
                Set.of(SCHOOL), Set.of(), NONE, Set.of(SupportNeed.SCIENCE_AWARENESS), NON_ECONOMIC, Money.eur(5_000), null, null,
                "Chèque science", "Wetenschapscheque", "Science cheque",
                "Les écoles bruxelloises (maternel, primaire, secondaire) financent une activité scientifique : max. 5 000 euros par année scolaire.",
                "Brusselse scholen (kleuter, lager, secundair) financieren een wetenschapsactiviteit: max. 5.000 euro per schooljaar.",
                "Brussels schools (nursery, primary, secondary) fund a science activity: max EUR 5,000 per school year."));
        return list;
    }

    private static ProgrammeDetails p(String code, InstrumentKind kind, TrlRange trl, Set<InnovationPhase> phases,
                                      Set<Track> tracks, Set<OrganisationType> types, Set<SizeClass> sizes,
                                      Set<InnovationDomain> domains, Set<SupportNeed> needs, String legalBasis,
                                      Money max, BigDecimal rate, Money fixed, String nameFr, String nameNl,
                                      String nameEn, String descFr, String descNl, String descEn) {
        return new ProgrammeDetails(code, new LocalizedText(nameFr, nameNl, nameEn),
                new LocalizedText(descFr, descNl, descEn), kind, phases, tracks, trl, types, sizes, domains, needs,
                legalBasis, Set.of(), new FundingRules(max, rate, fixed));
    }
}
