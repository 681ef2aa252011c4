package org.regia.organisations;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.regia.shared.EnterpriseNumber;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Stand-in for the company register until the real KBO/BCE adapter exists ({@code regia.authentic-source=fake}, the
 * default). It knows a fixed list of Brussels organisations; any other valid number is "not found".
 */
@Component
@ConditionalOnProperty(name = "regia.authentic-source", havingValue = "fake", matchIfMissing = true)
class InMemoryCompanyRegister implements AuthenticSource {

    static final List<CompanyRecord> KNOWN = List.of(
            record("0407626464", "Université libre de Bruxelles", "ULB", OrganisationType.UNIVERSITY,
                    "Avenue Franklin Roosevelt 50", "1050", "Ixelles", "85.421"),
            record("0449012406", "Vrije Universiteit Brussel", "VUB", OrganisationType.UNIVERSITY,
                    "Pleinlaan 2", "1050", "Elsene", "85.421"),
            record(EnterpriseNumber.fromPrefix("07345678").digits(), "Brussels Cargo Logistics SRL", "BruCargo",
                    OrganisationType.COMPANY, "Quai des Usines 112", "1000", "Bruxelles", "49.410"),
            record(EnterpriseNumber.fromPrefix("07561234").digits(), "Molenbeek Biotech SA", "MoBiotech",
                    OrganisationType.COMPANY, "Boulevard Léopold II 184", "1080", "Molenbeek-Saint-Jean", "72.110"),
            record(EnterpriseNumber.fromPrefix("07112233").digits(), "Zinneke Software BV", "Zinneke",
                    OrganisationType.COMPANY, "Rue Royale 97", "1000", "Bruxelles", "62.010"),
            record(EnterpriseNumber.fromPrefix("04445566").digits(), "Institut bruxellois de recherche appliquée ASBL", "IBRA",
                    OrganisationType.RESEARCH_CENTRE, "Rue du Marais 42", "1000", "Bruxelles", "72.190"),
            record(EnterpriseNumber.fromPrefix("08123456").digits(), "Fablab Anderlecht ASBL", "FabAnd",
                    OrganisationType.NON_PROFIT, "Rue Wayez 36", "1070", "Anderlecht", "94.991"),
            record(EnterpriseNumber.fromPrefix("07998877").digits(), "Greenroof Engineering SRL", "Greenroof",
                    OrganisationType.COMPANY, "Chaussée de Louvain 600", "1030", "Schaerbeek", "71.121"));

    private final Map<EnterpriseNumber, CompanyRecord> byNumber =
            KNOWN.stream().collect(Collectors.toMap(CompanyRecord::enterpriseNumber, Function.identity()));

    @Override
    public Optional<CompanyRecord> lookup(EnterpriseNumber number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    private static CompanyRecord record(String number, String legalName, String shortName, OrganisationType type,
                                        String street, String postcode, String municipality, String nace) {
        return new CompanyRecord(EnterpriseNumber.parse(number), legalName, shortName, type, street, postcode,
                municipality, nace, "fake register");
    }
}
