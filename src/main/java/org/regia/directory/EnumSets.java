package org.regia.directory;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.regia.catalogue.FinderProfile;
import org.regia.catalogue.InnovationDomain;
import org.regia.catalogue.InnovationPhase;
import org.regia.catalogue.SupportNeed;

/** Small sets of codes stored as one comma-separated column (matching happens in memory on a few hundred rows). */
final class EnumSets {

    private EnumSets() {
    }

    static <E extends Enum<E>> String write(Set<E> set) {
        return set == null || set.isEmpty() ? "" : set.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> read(String codes, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (codes != null && !codes.isBlank()) {
            Arrays.stream(codes.split(",")).map(String::trim).forEach(c -> set.add(Enum.valueOf(type, c)));
        }
        return set;
    }

    @jakarta.persistence.Converter
    static class Phases implements AttributeConverter<Set<InnovationPhase>, String> {
        public String convertToDatabaseColumn(Set<InnovationPhase> s) { return write(s); }
        public Set<InnovationPhase> convertToEntityAttribute(String s) { return read(s, InnovationPhase.class); }
    }

    @jakarta.persistence.Converter
    static class Domains implements AttributeConverter<Set<InnovationDomain>, String> {
        public String convertToDatabaseColumn(Set<InnovationDomain> s) { return write(s); }
        public Set<InnovationDomain> convertToEntityAttribute(String s) { return read(s, InnovationDomain.class); }
    }

    @jakarta.persistence.Converter
    static class Needs implements AttributeConverter<Set<SupportNeed>, String> {
        public String convertToDatabaseColumn(Set<SupportNeed> s) { return write(s); }
        public Set<SupportNeed> convertToEntityAttribute(String s) { return read(s, SupportNeed.class); }
    }

    @jakarta.persistence.Converter
    static class Profiles implements AttributeConverter<Set<FinderProfile>, String> {
        public String convertToDatabaseColumn(Set<FinderProfile> s) { return write(s); }
        public Set<FinderProfile> convertToEntityAttribute(String s) { return read(s, FinderProfile.class); }
    }
}
