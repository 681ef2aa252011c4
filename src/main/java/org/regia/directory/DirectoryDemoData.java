package org.regia.directory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationService;
import org.regia.shared.LocalizedText;
import org.regia.identity.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo profile only: a few intermediaries of the Brussels ecosystem with their services, validated and published. */
@Component
@Profile("demo")
@Order(100)
class DirectoryDemoData implements ApplicationRunner {

    private final ActorRepository actors;
    private final OrganisationService organisations;
    private final Clock clock;

    DirectoryDemoData(ActorRepository actors, OrganisationService organisations, Clock clock) {
        this.actors = actors;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (actors.count() > 0) {
            return;
        }
        // read organisations as the system (the organisations service checks who reads)
        CurrentUser.asSystem(this::load);
    }

    private void load() {
        var all = organisations.search("", PageRequest.of(0, 100)).getContent();
        LocalDate today = LocalDate.now(clock);
        for (Organisation o : all) {
            String name = o.getShortName() == null ? o.getLegalName() : o.getShortName();
            switch (name) {
                case "ULB" -> save(actor(o, "ULB TechTransfer", ActorType.TECH_TRANSFER_OFFICE,
                        "Valorisation de la recherche de l’ULB : brevets, licences, spin-offs.",
                        "Valorisatie van het ULB-onderzoek: octrooien, licenties, spin-offs.", "techtransfer@ulb.example"),
                        "Accompagnement spin-off", "Begeleiding spin-off", Set.of(FinderProfile.UNIVERSITY, FinderProfile.RESEARCH_CENTRE),
                        Set.of(InnovationPhase.VALIDATION, InnovationPhase.DEVELOPMENT), Set.of(InnovationDomain.values()),
                        Set.of(SupportNeed.START_COMPANY, SupportNeed.PATENT), null, null, today);
                case "VUB" -> save(actor(o, "VUB TechTransfer", ActorType.TECH_TRANSFER_OFFICE,
                        "Transfert de technologie de la VUB et collaboration avec les entreprises.",
                        "Technologietransfer van de VUB en samenwerking met bedrijven.", "techtransfer@vub.example"),
                        "Recherche collaborative avec les entreprises", "Samenwerkingsonderzoek met bedrijven",
                        Set.of(FinderProfile.SME, FinderProfile.LARGE_COMPANY), Set.of(InnovationPhase.IDEATION, InnovationPhase.VALIDATION),
                        Set.of(InnovationDomain.HEALTH, InnovationDomain.DIGITAL), Set.of(SupportNeed.COLLABORATION, SupportNeed.RESEARCHER),
                        null, null, today);
                case "IBRA" -> save(actor(o, "IBRA", ActorType.RECOGNISED_RESEARCH_CENTRE,
                        "Centre de recherche appliquée : essais de matériaux, énergie, construction durable.",
                        "Toegepast onderzoekscentrum: materiaaltesten, energie, duurzaam bouwen.", "contact@ibra.example"),
                        "Essais de matériaux et prototypes", "Materiaaltesten en prototypes", Set.of(FinderProfile.SME),
                        Set.of(InnovationPhase.VALIDATION, InnovationPhase.DEVELOPMENT),
                        Set.of(InnovationDomain.CLIMATE_BUILDINGS, InnovationDomain.RESOURCES),
                        Set.of(SupportNeed.LAB_SERVICE, SupportNeed.FEASIBILITY), new BigDecimal("4500"), today.minusYears(1), today);
                case "FabAnd" -> save(actor(o, "Fablab Anderlecht", ActorType.FABLAB,
                        "Machines de prototypage ouvertes à tous, ateliers d’initiation.",
                        "Prototypingmachines voor iedereen, initiatieworkshops.", "hello@fabland.example"),
                        "Prototypage rapide", "Snelle prototyping", Set.of(),
                        Set.of(InnovationPhase.IDEATION), Set.of(), Set.of(SupportNeed.LAB_SERVICE, SupportNeed.SCIENCE_AWARENESS), null, null, today);
                default -> { }
            }
        }
    }

    private static EcosystemActor actor(Organisation o, String name, ActorType type, String fr, String nl, String email) {
        return new EcosystemActor(o.getId(), name, type, LocalizedText.of(fr, nl), o.getWebsite(), email, null);
    }

    private void save(EcosystemActor a, String serviceFr, String serviceNl, Set<FinderProfile> targets, Set<InnovationPhase> phases,
                      Set<InnovationDomain> domains, Set<SupportNeed> needs, BigDecimal price, LocalDate recognisedFrom, LocalDate today) {
        a.offer(LocalizedText.of(serviceFr, serviceNl), null, targets, phases, domains, needs, price);
        if (recognisedFrom != null) {
            a.recognise(recognisedFrom, today.plusYears(2));
        }
        a.validate("demo", clock.instant());
        actors.save(a);
    }
}
