package org.regia.catalogue;

import java.util.Set;
import org.regia.organisations.OrganisationType;
import org.regia.organisations.SizeClass;
import org.regia.shared.LocalizedText;

/** Everything an officer describes about a programme (input of create/edit). Empty sets mean "any". */
public record ProgrammeDetails(String code, LocalizedText name, LocalizedText description, InstrumentKind kind,
                               Set<InnovationPhase> phases, Set<Track> tracks, TrlRange trl,
                               Set<OrganisationType> beneficiaryTypes, Set<SizeClass> sizeClasses,
                               Set<InnovationDomain> domains, Set<SupportNeed> needs, String legalBasis,
                               Set<String> budgetLines, FundingRules funding) {
}
