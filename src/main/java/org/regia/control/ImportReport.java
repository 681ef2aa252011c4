package org.regia.control;

import java.util.List;
import java.util.Map;

/** What an import created, and the defects of the source it found (band overlaps/gaps, FR/NL differences...). */
public record ImportReport(String documentCode, Map<String, Integer> counts, List<Defect> defects) {

    public record Defect(int line, String ref, String kind, String detail) {
    }

    public int count(String what) {
        return counts.getOrDefault(what, 0);
    }
}
