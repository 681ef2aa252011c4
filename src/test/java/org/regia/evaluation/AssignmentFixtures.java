package org.regia.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Builders for assignment problems: small hand-made ones and seeded random ones of any size. */
public final class AssignmentFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final String[] KEYWORDS = {"ai", "robotics", "health", "materials", "energy", "mobility", "logistics", "biotech",
        "photonics", "cybersecurity", "circular", "construction", "water", "food", "education", "social", "quantum",
        "data", "iot", "finance"};
    static final String[] DOMAINS = {"digital", "buildings", "resources", "urban-flows", "health-care", "social-innovation"};

    private AssignmentFixtures() {
    }

    static ApplicationProfile app(String ref, String lang, Set<String> keywords, Set<String> domains, UUID... partners) {
        return new ApplicationProfile(UUID.randomUUID(), ref, lang, keywords, domains, Set.of(partners));
    }

    static ExpertProfile expert(String name, Gender g, Set<String> langs, Set<String> keywords, Set<String> domains, int load) {
        return new ExpertProfile(UUID.randomUUID(), name, g, langs, keywords, domains, null, Set.of(), List.of(), Set.of(), load, true);
    }

    static ExpertProfile expertAt(String name, UUID organisation, Set<UUID> past) {
        return new ExpertProfile(UUID.randomUUID(), name, Gender.FEMALE, Set.of("fr"), Set.of(), Set.of(), organisation, past,
                List.of(), Set.of(), 5, true);
    }

    /** A random call: applications in fr/nl/en, experts with languages, loads and organisations, random conflicts. */
    public static AssignmentProblem random(long seed, int applications, int experts, int k) {
        Random r = new Random(seed);
        List<UUID> organisations = new ArrayList<>();
        for (int i = 0; i < applications / 2 + 50; i++) {
            organisations.add(UUID.randomUUID());
        }
        String[] langs = {"fr", "fr", "fr", "nl", "nl", "en"};
        List<ApplicationProfile> apps = new ArrayList<>();
        for (int i = 0; i < applications; i++) {
            Set<UUID> partners = new HashSet<>();
            int n = 1 + r.nextInt(3);
            while (partners.size() < n) {
                partners.add(organisations.get(r.nextInt(organisations.size())));
            }
            apps.add(new ApplicationProfile(UUID.randomUUID(), "APP-" + i, langs[r.nextInt(langs.length)],
                    pick(r, KEYWORDS, 2 + r.nextInt(3)), pick(r, DOMAINS, 1 + r.nextInt(2)), partners));
        }
        List<ExpertProfile> pool = new ArrayList<>();
        for (int i = 0; i < experts; i++) {
            Set<String> languages = new HashSet<>(Set.of(r.nextBoolean() ? "fr" : "nl"));
            if (r.nextInt(3) > 0) {
                languages.add("en");
            }
            if (r.nextInt(3) == 0) {
                languages.add(languages.contains("fr") ? "nl" : "fr");
            }
            Set<UUID> past = new HashSet<>();
            if (r.nextInt(4) == 0) {
                past.add(organisations.get(r.nextInt(organisations.size())));
            }
            pool.add(new ExpertProfile(UUID.randomUUID(), "Expert " + i, r.nextBoolean() ? Gender.FEMALE : Gender.MALE,
                    languages, pick(r, KEYWORDS, 3 + r.nextInt(4)), pick(r, DOMAINS, 1 + r.nextInt(3)),
                    r.nextInt(5) == 0 ? organisations.get(r.nextInt(organisations.size())) : null, past, List.of(), Set.of(),
                    (int) Math.ceil(1.4 * applications * k / experts) + r.nextInt(4), r.nextInt(40) != 0));
        }
        Set<AssignmentProblem.Pair> declared = new HashSet<>();
        for (int i = 0; i < applications / 10; i++) {
            declared.add(new AssignmentProblem.Pair(pool.get(r.nextInt(pool.size())).id(), apps.get(r.nextInt(apps.size())).id()));
        }
        return new AssignmentProblem(apps, pool, k, declared, ConflictOfInterestPolicy.DEFAULT, TODAY);
    }

    private static Set<String> pick(Random r, String[] from, int n) {
        Set<String> s = new HashSet<>();
        while (s.size() < n) {
            s.add(from[r.nextInt(from.length)]);
        }
        return s;
    }
}
