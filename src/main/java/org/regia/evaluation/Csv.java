package org.regia.evaluation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Small sets of codes or words stored as one comma-separated column (sorted, lower-case trimmed words). */
final class Csv {

    private Csv() {
    }

    static Set<String> read(String value) {
        Set<String> out = new TreeSet<>();
        if (value != null && !value.isBlank()) {
            Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    static String write(Collection<String> values) {
        return values == null ? "" : values.stream().map(String::trim).filter(s -> !s.isEmpty()).sorted().distinct()
                .collect(Collectors.joining(","));
    }

    /** Free text typed by a person ("hydrogen; Batteries, AI") to lower-case words or phrases. */
    static Set<String> words(String input) {
        Set<String> out = new TreeSet<>();
        if (input != null) {
            Arrays.stream(input.split("[,;\\n]")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    /** The key standing for an organisation in conflict checks: derived from its enterprise number (digits). */
    static UUID organisationKey(String enterpriseDigits) {
        return UUID.nameUUIDFromBytes(("BE-BCE_KBO-" + enterpriseDigits).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Converter
    static class StringSet implements AttributeConverter<Set<String>, String> {
        @Override
        public String convertToDatabaseColumn(Set<String> s) {
            return write(s);
        }

        @Override
        public Set<String> convertToEntityAttribute(String s) {
            return read(s);
        }
    }
}
