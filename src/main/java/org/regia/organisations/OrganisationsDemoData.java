package org.regia.organisations;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.regia.identity.AccountService;
import org.regia.identity.DemoAccounts;
import org.regia.identity.Role;
import org.regia.shared.EnterpriseNumber;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: Brussels organisations of every kind and size, with their figures, and the demo applicant as
 * contact of two companies. Loaded once (skipped when organisations exist).
 */
@Component
@Profile("demo")
@Order(20)
class OrganisationsDemoData implements ApplicationRunner {

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final AffiliationRepository affiliations;
    private final AccountService accounts;
    private final Clock clock;

    OrganisationsDemoData(OrganisationRepository organisations, PersonRepository people,
                          AffiliationRepository affiliations, AccountService accounts, Clock clock) {
        this.organisations = organisations;
        this.people = people;
        this.affiliations = affiliations;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.count() > 0) {
            return;
        }
        int year = LocalDate.now(clock).getYear() - 1;
        Organisation zinneke = org("07112233", "Zinneke Software BV", "Zinneke", OrganisationType.COMPANY,
                "Rue Royale 97", "1000", "62.010", "https://zinneke.example");
        figures(zinneke, year - 1, "7", "1450000", "900000");
        figures(zinneke, year, "8.5", "1800000", "1100000");
        Organisation cargo = org("07345678", "Brussels Cargo Logistics SRL", "BruCargo", OrganisationType.COMPANY,
                "Quai des Usines 112", "1000", "49.410", null);
        figures(cargo, year, "34", "6200000", "4100000");
        Organisation biotech = org("07561234", "Molenbeek Biotech SA", "MoBiotech", OrganisationType.COMPANY,
                "Boulevard Léopold II 184", "1080", "72.110", null);
        figures(biotech, year - 1, "120", "38000000", "41000000");
        figures(biotech, year, "140", "47500000", "44000000");
        Organisation greenroof = org("07998877", "Greenroof Engineering SRL", "Greenroof", OrganisationType.COMPANY,
                "Chaussée de Louvain 600", "1030", "71.121", null);
        figures(greenroof, year, "310", "72000000", "60000000");
        org("0407626464", "Université libre de Bruxelles", "ULB", OrganisationType.UNIVERSITY,
                "Avenue Franklin Roosevelt 50", "1050", "85.421", "https://www.ulb.be");
        org("0449012406", "Vrije Universiteit Brussel", "VUB", OrganisationType.UNIVERSITY,
                "Pleinlaan 2", "1050", "85.421", "https://www.vub.be");
        org("04445566", "Institut bruxellois de recherche appliquée ASBL", "IBRA", OrganisationType.RESEARCH_CENTRE,
                "Rue du Marais 42", "1000", "72.190", null);
        org("08123456", "Fablab Anderlecht ASBL", "FabAnd", OrganisationType.NON_PROFIT,
                "Rue Wayez 36", "1070", "94.991", null);

        DemoAccounts.LOGINS.stream().filter(l -> l.role() == Role.APPLICANT).findFirst()
                .flatMap(l -> accounts.byEmail(l.email()))
                .ifPresent(user -> {
                    Person person = people.findByUserId(user.getId())
                            .orElseGet(() -> people.save(new Person(user.getDisplayName(), user.getEmail(), null, user.getId())));
                    for (Organisation o : List.of(zinneke, cargo)) {
                        affiliations.save(new Affiliation(person, o, AffiliationRole.CONTACT, LocalDate.now(clock).minusYears(1)));
                    }
                });
    }

    private Organisation org(String number, String legalName, String shortName, OrganisationType type, String street,
                             String postcode, String nace, String website) {
        EnterpriseNumber en = number.length() == 8 ? EnterpriseNumber.fromPrefix(number) : EnterpriseNumber.parse(number);
        return organisations.save(new Organisation(legalName, shortName, type, en,
                new Address(street, postcode, null, "BE"), nace, website, clock.instant()));
    }

    private static void figures(Organisation org, int year, String staff, String turnover, String balance) {
        org.recordFigures(new YearFigures(year, new BigDecimal(staff), new BigDecimal(turnover), new BigDecimal(balance)));
    }
}
