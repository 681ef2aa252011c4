package org.regia.opendata.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The known public sample files (the real data folder next to the project, {@code regia.opendata.sample-dir}); only
 * those present are offered. They are read where they are, never copied.
 */
@Component
public class SampleFiles {

    public record Sample(String name, ImportFormat format, Path path) {
    }

    private static final Map<String, ImportFormat> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("360giving/grants/a002400000nO46WAAS.json", ImportFormat.GIVING360_JSON);
        KNOWN.put("360giving/grants/awefw001p00000zgyHZAAY.json", ImportFormat.GIVING360_JSON);
        KNOWN.put("360giving/grants/grantnav-20180903134856.json", ImportFormat.GIVING360_JSON);
        KNOWN.put("360giving/grants/a002400000OiDBQAA3.json", ImportFormat.GIVING360_JSON);
        KNOWN.put("360giving/grants/a002400000KeYdsAAF.json", ImportFormat.GIVING360_JSON);
        KNOWN.put("360giving/grants/data.json", ImportFormat.GIVING360_JSON);
        KNOWN.put("cordis/h2020-horizon-europe-participations-germany.csv.gz", ImportFormat.CORDIS_CSV);
        KNOWN.put("cordis/h2020-participations-2014-all-countries.csv.gz", ImportFormat.CORDIS_CSV);
        KNOWN.put("cordis/h2020-projects.csv.gz", ImportFormat.CORDIS_CSV);
        KNOWN.put("cordis/fp7-projects.csv.gz", ImportFormat.CORDIS_CSV);
        KNOWN.put("brussels-city-subsidies-2022/beneficiaires.csv", ImportFormat.BRUSSELS_SUBSIDIES_CSV);
    }

    private final Path folder;

    public SampleFiles(@Value("${regia.opendata.sample-dir:../shared/data}") String folder) {
        this.folder = Path.of(folder);
    }

    public List<Sample> available() {
        return KNOWN.entrySet().stream().map(e -> new Sample(e.getKey(), e.getValue(), folder.resolve(e.getKey())))
                .filter(s -> Files.isRegularFile(s.path())).toList();
    }

    public Optional<Sample> find(String name) {
        return available().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
