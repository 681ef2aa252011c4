package org.regia.evaluation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Plain heuristics on an application's texts: its language and its topic words. */
final class ApplicationTexts {

    private static final Set<String> FR = Set.of("le", "la", "les", "des", "et", "pour", "une", "du", "dans", "est", "au", "aux", "sur", "avec");
    private static final Set<String> NL = Set.of("het", "een", "en", "van", "voor", "met", "op", "te", "zijn", "wordt", "naar", "bij", "door");
    private static final Set<String> EN = Set.of("the", "and", "of", "for", "with", "to", "is", "in", "on", "by", "from", "an");

    private ApplicationTexts() {
    }

    /** fr, nl or en: the language whose most frequent small words occur most often (fr when undecided). */
    static String language(String text) {
        int fr = 0;
        int nl = 0;
        int en = 0;
        for (String w : tokens(text)) {
            if (FR.contains(w)) {
                fr++;
            }
            if (NL.contains(w)) {
                nl++;
            }
            if (EN.contains(w)) {
                en++;
            }
        }
        if (nl > fr && nl >= en) {
            return "nl";
        }
        if (en > fr && en > nl) {
            return "en";
        }
        return "fr";
    }

    /** Topic words: lower-case words of at least four letters (matched against the experts' keywords). */
    static Set<String> keywords(String text) {
        Set<String> out = new TreeSet<>();
        for (String w : tokens(text)) {
            if (w.length() >= 4 && !FR.contains(w) && !NL.contains(w) && !EN.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String[] tokens(String text) {
        if (text == null) {
            return new String[0];
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }
}
