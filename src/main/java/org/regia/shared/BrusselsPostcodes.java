package org.regia.shared;

import java.util.Map;
import java.util.Optional;

/**
 * The postcodes of the Brussels-Capital Region's 19 municipalities, including the special-purpose codes of
 * institutions, mapped to the municipality (French / Dutch name).
 */
public final class BrusselsPostcodes {

    private static final Map<Integer, String> MUNICIPALITY = Map.ofEntries(
            Map.entry(1000, "Bruxelles / Brussel"),
            Map.entry(1005, "Bruxelles / Brussel"),
            Map.entry(1006, "Bruxelles / Brussel"),
            Map.entry(1007, "Bruxelles / Brussel"),
            Map.entry(1008, "Bruxelles / Brussel"),
            Map.entry(1009, "Bruxelles / Brussel"),
            Map.entry(1010, "Bruxelles / Brussel"),
            Map.entry(1011, "Bruxelles / Brussel"),
            Map.entry(1012, "Bruxelles / Brussel"),
            Map.entry(1020, "Bruxelles / Brussel (Laeken / Laken)"),
            Map.entry(1030, "Schaerbeek / Schaarbeek"),
            Map.entry(1031, "Schaerbeek / Schaarbeek"),
            Map.entry(1033, "Schaerbeek / Schaarbeek"),
            Map.entry(1035, "Bruxelles / Brussel"),
            Map.entry(1040, "Etterbeek"),
            Map.entry(1041, "Etterbeek"),
            Map.entry(1043, "Schaerbeek / Schaarbeek"),
            Map.entry(1044, "Bruxelles / Brussel"),
            Map.entry(1045, "Bruxelles / Brussel"),
            Map.entry(1046, "Bruxelles / Brussel"),
            Map.entry(1047, "Bruxelles / Brussel"),
            Map.entry(1048, "Bruxelles / Brussel"),
            Map.entry(1049, "Bruxelles / Brussel"),
            Map.entry(1050, "Ixelles / Elsene"),
            Map.entry(1060, "Saint-Gilles / Sint-Gillis"),
            Map.entry(1070, "Anderlecht"),
            Map.entry(1080, "Molenbeek-Saint-Jean / Sint-Jans-Molenbeek"),
            Map.entry(1081, "Koekelberg"),
            Map.entry(1082, "Berchem-Sainte-Agathe / Sint-Agatha-Berchem"),
            Map.entry(1083, "Ganshoren"),
            Map.entry(1090, "Jette"),
            Map.entry(1099, "Bruxelles / Brussel"),
            Map.entry(1100, "Bruxelles / Brussel"),
            Map.entry(1105, "Bruxelles / Brussel"),
            Map.entry(1110, "Bruxelles / Brussel"),
            Map.entry(1120, "Bruxelles / Brussel (Neder-Over-Heembeek)"),
            Map.entry(1130, "Bruxelles / Brussel (Haren)"),
            Map.entry(1140, "Evere"),
            Map.entry(1150, "Woluwe-Saint-Pierre / Sint-Pieters-Woluwe"),
            Map.entry(1160, "Auderghem / Oudergem"),
            Map.entry(1170, "Watermael-Boitsfort / Watermaal-Bosvoorde"),
            Map.entry(1180, "Uccle / Ukkel"),
            Map.entry(1190, "Forest / Vorst"),
            Map.entry(1200, "Woluwe-Saint-Lambert / Sint-Lambrechts-Woluwe"),
            Map.entry(1201, "Woluwe-Saint-Lambert / Sint-Lambrechts-Woluwe"),
            Map.entry(1210, "Saint-Josse-ten-Noode / Sint-Joost-ten-Node"),
            Map.entry(1212, "Saint-Josse-ten-Noode / Sint-Joost-ten-Node"));

    private BrusselsPostcodes() {
    }

    public static boolean isInRegion(String postcode) {
        return municipality(postcode).isPresent();
    }

    public static Optional<String> municipality(String postcode) {
        if (postcode == null || !postcode.trim().matches("\\d{4}")) {
            return Optional.empty();
        }
        return Optional.ofNullable(MUNICIPALITY.get(Integer.parseInt(postcode.trim())));
    }
}
