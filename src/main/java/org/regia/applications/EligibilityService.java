package org.regia.applications;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.regia.catalogue.ProgrammeEligibility;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/** The automatic eligibility rules of the call's programme (from the catalogue), per partner and for the application. */
@Service
@Transactional(readOnly = true)
public class EligibilityService {

    private final FormService forms;

    EligibilityService(FormService forms) {
        this.forms = forms;
    }

    /**
     * The rules of the programme, given the form data, state aid and attached fields the submission has already read
     * and computed.
     */
    List<EligibilityResult> evaluate(Application a, JsonNode formData, ProgrammeEligibility e, BudgetService.StateAid aid,
                                     Set<String> attached) {
        List<EligibilityResult> out = new ArrayList<>();
        for (Partner p : a.acceptedPartners()) {
            String who = p.getOrgName();
            boolean typeOk = e.beneficiaryTypes().isEmpty() || e.beneficiaryTypes().contains(p.getOrgType());
            out.add(new EligibilityResult("BENEFICIARY_TYPE", who, typeOk,
                    typeOk ? "applications.rule.typeOk" : "applications.rule.typeKo",
                    List.of(p.getOrgType().name(), e.beneficiaryTypes().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))));
            out.add(new EligibilityResult("BRUSSELS_REGION", who, p.isOrgInBrussels(),
                    p.isOrgInBrussels() ? "applications.rule.brusselsOk" : "applications.rule.brusselsKo", List.of()));
            if (!e.sizeClasses().isEmpty()) {
                boolean known = p.getOrgSize() != null;
                boolean ok = known && e.sizeClasses().contains(p.getOrgSize());
                out.add(new EligibilityResult("SIZE_CLASS", who, ok,
                        !known ? "applications.rule.sizeUnknown" : ok ? "applications.rule.sizeOk" : "applications.rule.sizeKo",
                        List.of(known ? p.getOrgSize().name() : "?",
                                e.sizeClasses().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))));
            }
        }
        if (e.trlMin() != null && e.trlMax() != null) {
            JsonNode trl = formData.path("trl");
            BigDecimal v = trl.isMissingNode() || trl.isNull() ? null : FormSchema.number(trl);
            boolean ok = v != null && v.compareTo(BigDecimal.valueOf(e.trlMin())) >= 0 && v.compareTo(BigDecimal.valueOf(e.trlMax())) <= 0;
            out.add(new EligibilityResult("TRL", null, ok, ok ? "applications.rule.trlOk" : "applications.rule.trlKo",
                    List.of(v == null ? "?" : v.toPlainString(), e.trlMin().toString(), e.trlMax().toString())));
        }
        if (aid.deMinimisProgramme()) {
            for (BudgetService.PartnerAid pa : aid.partners()) {
                if (pa.deMinimis() == null) {
                    out.add(new EligibilityResult("DE_MINIMIS", pa.partner().getOrgName(), false,
                            "applications.rule.deMinimisNoNumber", List.of()));
                    continue;
                }
                var c = pa.deMinimis();
                out.add(new EligibilityResult("DE_MINIMIS", pa.partner().getOrgName(), !c.exceeds(),
                        c.exceeds() ? "applications.rule.deMinimisKo" : "applications.rule.deMinimisOk",
                        List.of(c.requested().amount().toPlainString(), c.alreadyGranted().amount().toPlainString(),
                                c.windowStart().toString(), c.on().toString(), c.headroom().amount().toPlainString())));
            }
        }
        FormSchema schema = forms.form(a.getFormId()).schema();
        List<String> missing = schema.fileFields().stream().filter(FormSchema.Field::required)
                .map(FormSchema.Field::key).filter(k -> !attached.contains(k)).toList();
        out.add(new EligibilityResult("MANDATORY_ATTACHMENTS", null, missing.isEmpty(),
                missing.isEmpty() ? "applications.rule.attachmentsOk" : "applications.rule.attachmentsKo",
                List.of(String.join(", ", missing))));
        List<String> yes = a.ethics().yes();
        out.add(new EligibilityResult("ETHICS", null, yes.isEmpty(),
                yes.isEmpty() ? "applications.rule.ethicsOk" : "applications.rule.ethicsCheck", List.of(String.join(", ", yes))));
        return out;
    }
}
