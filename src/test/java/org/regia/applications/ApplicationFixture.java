package org.regia.applications;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.regia.catalogue.Call;
import org.regia.catalogue.CallDetails;
import org.regia.catalogue.CallMode;
import org.regia.catalogue.CallState;
import org.regia.catalogue.CatalogueService;
import org.regia.organisations.Organisation;
import org.regia.organisations.OrganisationDetails;
import org.regia.organisations.OrganisationService;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.YearFigures;
import org.regia.shared.EnterpriseNumber;
import org.regia.shared.LocalizedText;
import tools.jackson.databind.node.ObjectNode;

/** Builds calls, organisations and a complete application for the applications tests. */
final class ApplicationFixture {

    static final String PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";

    private ApplicationFixture() {
    }

    /** An open deadline call of the R&D projects programme (TRL 2-8; companies, universities, research centres). */
    static Call openCall(CatalogueService catalogue, String programmeCode, Instant closesAt) {
        catalogue.loadProgrammes2023IfEmpty();
        Instant now = catalogue.now();
        Call call = catalogue.createCall(catalogue.programmeByCode(programmeCode).getId(), new CallDetails(
                LocalizedText.of("Appel R&D 2026", "Oproep O&O 2026"), null, CallMode.DEADLINE, now.minusSeconds(3600),
                closesAt, 1, new BigDecimal("20000"), null, "Critères R&D 2026", List.of()));
        catalogue.moveCall(call.getId(), CallState.PUBLISHED);
        catalogue.moveCall(call.getId(), CallState.OPEN);
        return call;
    }

    /** An organisation of the signed-in applicant, in Brussels, with two years of figures giving the size class. */
    static Organisation organisation(OrganisationService orgs, String name, OrganisationType type, String numberPrefix,
                                     int staff, long turnover) {
        Organisation o = orgs.create(new OrganisationDetails(name, null, type, EnterpriseNumber.fromPrefix(numberPrefix).formatted(),
                "Rue de la Loi 42", "1040", "Etterbeek", "BE", null, null));
        orgs.recordFigures(o.getId(), new YearFigures(2024, BigDecimal.valueOf(staff), BigDecimal.valueOf(turnover), null));
        orgs.recordFigures(o.getId(), new YearFigures(2025, BigDecimal.valueOf(staff), BigDecimal.valueOf(turnover), null));
        return orgs.get(o.getId());
    }

    static ObjectNode completeForm() {
        ObjectNode d = FormSchema.JSON.createObjectNode();
        d.put("acronym", "HYDRO");
        d.put("summary", "Hydrogen storage for urban buses.");
        d.put("trl", 5);
        d.put("startDate", "2027-01-01");
        d.put("domain", "URBAN_FLOWS");
        d.put("regionalImpact", "Cleaner air in Brussels.");
        d.put("genderDimension", false);
        ObjectNode wp = d.putArray("workPackages").addObject();
        wp.put("title", "Prototype");
        wp.put("months", 12);
        return d;
    }

    static Ethics noEthicsIssue() {
        return new Ethics(false, false, false, false, false);
    }

    static List<BudgetService.LineInput> budget(String personnel) {
        return List.of(new BudgetService.LineInput(2027, org.regia.stateaid.WorkType.EXPERIMENTAL_DEVELOPMENT,
                CostCategory.PERSONNEL, new BigDecimal(personnel)));
    }

    static UUID id(Organisation o) {
        return o.getId();
    }
}
