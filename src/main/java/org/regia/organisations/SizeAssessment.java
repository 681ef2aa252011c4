package org.regia.organisations;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The size class of an enterprise over its accounting years. Recommendation 2003/361/EC, Annex art. 4(2): crossing a
 * ceiling changes the status only when it happens over two consecutive accounting periods.
 *
 * @param sizeClass the status held after the latest year
 * @param basedOnYear the latest year of figures used
 * @param rawLatest the class the latest year's figures alone would give (differs from sizeClass during a one-year crossing)
 */
public record SizeAssessment(SizeClass sizeClass, int basedOnYear, SizeClass rawLatest) {

    public static Optional<SizeAssessment> of(List<YearFigures> figures) {
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        List<YearFigures> years = figures.stream().sorted(Comparator.comparingInt(YearFigures::getYear)).toList();
        SizeClass status = years.get(0).sizeClass();
        SizeClass previousRaw = status;
        for (int i = 1; i < years.size(); i++) {
            SizeClass raw = years.get(i).sizeClass();
            // two consecutive accounting periods (as recorded) beyond the same side of the current status
            if (raw != status && previousRaw != status && sameSide(previousRaw, raw, status)) {
                status = raw;
            }
            previousRaw = raw;
        }
        YearFigures latest = years.get(years.size() - 1);
        return Optional.of(new SizeAssessment(status, latest.getYear(), latest.sizeClass()));
    }

    public boolean inTransition() {
        return sizeClass != rawLatest;
    }

    private static boolean sameSide(SizeClass a, SizeClass b, SizeClass status) {
        return Integer.signum(a.compareTo(status)) == Integer.signum(b.compareTo(status));
    }
}
