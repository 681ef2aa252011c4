package org.regia.catalogue;

import java.math.BigDecimal;
import java.util.Set;
import java.util.UUID;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;

/**
 * A programme's eligibility and funding rules, for the applications module's screening. Empty size classes mean
 * any size; null TRL bounds mean "not applicable"; null amounts mean "not set".
 */
public record ProgrammeEligibility(UUID programmeId, String code, InstrumentKind kind,
                                   Set<OrganisationType> beneficiaryTypes, Set<SizeClass> sizeClasses,
                                   Integer trlMin, Integer trlMax, Set<InnovationDomain> domains,
                                   BigDecimal maxAmount, BigDecimal ratePercent, BigDecimal fixedAmount,
                                   boolean active) {

    static ProgrammeEligibility of(Programme p) {
        FundingRules f = p.getFunding();
        return new ProgrammeEligibility(p.getId(), p.getCode(), p.getKind(), Set.copyOf(p.getBeneficiaryTypes()),
                Set.copyOf(p.getSizeClasses()), p.getTrl().min(), p.getTrl().max(), Set.copyOf(p.getDomains()),
                f.maxAmount() == null ? null : f.maxAmount().amount(), f.rate(),
                f.fixedAmount() == null ? null : f.fixedAmount().amount(), p.isActive());
    }

    public boolean admits(OrganisationType type, SizeClass size) {
        return beneficiaryTypes.contains(type) && (sizeClasses.isEmpty() || size == null || sizeClasses.contains(size));
    }
}
