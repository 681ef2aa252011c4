package org.regia.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** A text in French and Dutch (both required for official content) and optionally English. */
@Embeddable
public class LocalizedText {

    @Column(name = "fr")
    private String fr;
    @Column(name = "nl")
    private String nl;
    @Column(name = "en")
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String fr, String nl, String en) {
        this.fr = fr;
        this.nl = nl;
        this.en = en;
    }

    public static LocalizedText of(String fr, String nl) {
        return new LocalizedText(fr, nl, null);
    }

    public String fr() {
        return fr;
    }

    public String nl() {
        return nl;
    }

    public String en() {
        return en;
    }

    /** The text in the given language, falling back to French then Dutch when a translation is missing. */
    public String in(Locale locale) {
        String lang = locale == null ? "fr" : locale.getLanguage();
        String v = switch (lang) {
            case "nl" -> nl;
            case "en" -> en;
            default -> fr;
        };
        if (v != null && !v.isBlank()) {
            return v;
        }
        return fr != null && !fr.isBlank() ? fr : nl;
    }

    @Override
    public String toString() {
        return fr + " / " + nl;
    }
}
