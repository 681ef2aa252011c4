package org.regia.stateaid;

import java.util.ArrayList;
import java.util.List;

/** Maximum aid intensity for one partner and one type of work under a rule set. */
public final class AidIntensityCalculator {

    private AidIntensityCalculator() {
    }

    public static AidIntensity maximum(AidRuleSet rules, WorkType work, Beneficiary who, boolean effectiveCollaboration) {
        List<AidIntensity.Step> steps = new ArrayList<>();
        if (work == WorkType.NON_ECONOMIC) {
            if (!who.researchOrganisation()) {
                steps.add(new AidIntensity.Step("stateaid.step.nonEconomicNotResearchOrg"));
                return new AidIntensity(0, steps);
            }
            steps.add(new AidIntensity.Step("stateaid.step.nonEconomic", 100));
            return new AidIntensity(100, steps);
        }
        if (work == WorkType.INNOVATION) {
            if (who.enterpriseSize() == Beneficiary.Size.LARGE) {
                steps.add(new AidIntensity.Step("stateaid.step.innovationSmeOnly"));
                return new AidIntensity(0, steps);
            }
            steps.add(new AidIntensity.Step("stateaid.step.innovation", 50));
            return new AidIntensity(50, steps);
        }
        return rules == AidRuleSet.GBER_ART25 ? gber(work, who, effectiveCollaboration, steps)
                : flemish(work, who, effectiveCollaboration, steps);
    }

    private static AidIntensity gber(WorkType work, Beneficiary who, boolean collaboration, List<AidIntensity.Step> steps) {
        int base = switch (work) {
            case FUNDAMENTAL_RESEARCH -> 100;
            case INDUSTRIAL_RESEARCH, FEASIBILITY_STUDY -> 50;
            case EXPERIMENTAL_DEVELOPMENT -> 25;
            default -> throw new IllegalStateException(work.name());
        };
        int total = base;
        steps.add(new AidIntensity.Step("stateaid.step.base." + work.name(), base));
        if (work == WorkType.FUNDAMENTAL_RESEARCH) {
            return new AidIntensity(total, steps);
        }
        total = sizeBonus(who, total, steps);
        if (collaboration && work != WorkType.FEASIBILITY_STUDY) {
            total += 15;
            steps.add(new AidIntensity.Step("stateaid.step.collaborationBonus", 15, total));
        }
        return cap(total, 80, steps);
    }

    private static AidIntensity flemish(WorkType work, Beneficiary who, boolean collaboration, List<AidIntensity.Step> steps) {
        boolean research = work == WorkType.FUNDAMENTAL_RESEARCH || work == WorkType.INDUSTRIAL_RESEARCH
                || work == WorkType.FEASIBILITY_STUDY;
        int base = research ? 50 : 25;
        steps.add(new AidIntensity.Step(research ? "stateaid.step.flemishResearch" : "stateaid.step.flemishDevelopment", base));
        int total = sizeBonus(who, base, steps);
        if (collaboration) {
            total += 10;
            steps.add(new AidIntensity.Step("stateaid.step.collaborationBonus", 10, total));
        }
        return cap(total, research ? 60 : 50, steps);
    }

    private static int sizeBonus(Beneficiary who, int total, List<AidIntensity.Step> steps) {
        if (who.small()) {
            steps.add(new AidIntensity.Step("stateaid.step.smallBonus", 20, total + 20));
            return total + 20;
        }
        if (who.medium()) {
            steps.add(new AidIntensity.Step("stateaid.step.mediumBonus", 10, total + 10));
            return total + 10;
        }
        return total;
    }

    private static AidIntensity cap(int total, int cap, List<AidIntensity.Step> steps) {
        if (total > cap) {
            steps.add(new AidIntensity.Step("stateaid.step.capped", total, cap));
            return new AidIntensity(cap, steps);
        }
        return new AidIntensity(total, steps);
    }
}
