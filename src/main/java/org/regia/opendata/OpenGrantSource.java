package org.regia.opendata;

import java.time.Instant;
import java.util.List;

/**
 * A set of grants published as an open dataset (port of the 360Giving exporter). The imported external portfolios
 * are one implementation; the grants module adds Regia's own awarded grants by declaring a bean of this type.
 */
public interface OpenGrantSource {

    /** Stable, URL-safe key of the dataset ("regia-grants", "cordis-participations-germany", ...). */
    String key();

    String title();

    /** Licence URL; CC BY 4.0 by default. */
    default String licence() {
        return "https://creativecommons.org/licenses/by/4.0/";
    }

    Instant lastUpdated();

    List<OpenGrant> grants();
}
