package org.regia.stateaid;

/**
 * What the aid rules need to know about a partner.
 *
 * @param enterpriseSize MICRO, SMALL, MEDIUM or LARGE (micro counts as small for the bonuses)
 * @param researchOrganisation a university or research centre (its non-economic activities are outside state aid)
 */
public record Beneficiary(Size enterpriseSize, boolean researchOrganisation) {

    public enum Size { MICRO, SMALL, MEDIUM, LARGE }

    public boolean small() {
        return enterpriseSize == Size.MICRO || enterpriseSize == Size.SMALL;
    }

    public boolean medium() {
        return enterpriseSize == Size.MEDIUM;
    }
}
