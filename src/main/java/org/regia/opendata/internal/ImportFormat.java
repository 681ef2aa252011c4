package org.regia.opendata.internal;

/** The file formats the importers understand. */
public enum ImportFormat {
    /** 360Giving Data Standard JSON package ({"grants": [...]}), validated against the official schema. */
    GIVING360_JSON,
    /** CORDIS-style CSV of projects or participations (comma-separated, UTF-8, optionally gzip-compressed). */
    CORDIS_CSV,
    /** City of Brussels subsidies file (CSV: enterprise number, beneficiary, amount, address). */
    BRUSSELS_SUBSIDIES_CSV,
    /** Not a file: Regia's own awarded grants, published as they are awarded (never offered on the import screen). */
    REGIA_GRANTS;

    public boolean importable() {
        return this != REGIA_GRANTS;
    }
}
