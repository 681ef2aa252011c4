package org.regia.control;

import java.util.Locale;
import org.regia.shared.DomainException;

/** Bilingual fields: both languages required for official content; Dutch shown in Dutch, French otherwise. */
final class Texts {

    private Texts() {
    }

    static void requireBoth(String field, String fr, String nl) {
        if (fr == null || fr.isBlank()) {
            throw DomainException.onField(field + "Fr", "control.text.frRequired");
        }
        if (nl == null || nl.isBlank()) {
            throw DomainException.onField(field + "Nl", "control.text.nlRequired");
        }
    }

    static String in(Locale locale, String fr, String nl) {
        boolean dutch = locale != null && "nl".equals(locale.getLanguage());
        String v = dutch ? nl : fr;
        return v == null || v.isBlank() ? (dutch ? fr : nl) : v;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
