package org.regia.opendata.internal;

import java.util.Locale;

final class DatasetKeys {

    private DatasetKeys() {
    }

    /** "h2020-projects.csv.gz" with prefix "cordis" gives "cordis-h2020-projects". */
    static String of(String prefix, String fileName) {
        String base = fileName == null ? "upload" : fileName.replaceAll(".*[/\\\\]", "");
        base = base.replaceAll("(?i)(\\.csv|\\.json)?(\\.gz)?$", "");
        base = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return Values.cut(prefix + "-" + (base.isEmpty() ? "upload" : base), 200);
    }
}
