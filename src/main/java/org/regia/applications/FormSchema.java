package org.regia.applications;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.regia.shared.DomainException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A parsed form definition: sections of fields. Field types: text, textarea, integer, decimal, boolean, date, choice,
 * file (an attachment slot), group (repeatable with minItems/maxItems). A field may carry {@code required},
 * {@code maxLength}, {@code min}/{@code max}, {@code options} and {@code visibleIf: {field, equals}} (conditional: only
 * validated, and only required, when the other field of the same level has that value). Labels are {fr, nl, en}.
 */
public record FormSchema(List<Section> sections) {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Set<String> TYPES = Set.of("text", "textarea", "integer", "decimal", "boolean", "date", "choice", "file", "group");

    public record Label(String fr, String nl, String en) {
        public String in(Locale locale) {
            String l = locale == null ? "en" : locale.getLanguage();
            String v = switch (l) {
                case "fr" -> fr;
                case "nl" -> nl;
                default -> en;
            };
            return v == null || v.isBlank() ? (en != null ? en : fr) : v;
        }
    }

    public record Condition(String field, JsonNode equals) {
    }

    public record Field(String key, String type, Label label, boolean required, Integer maxLength, BigDecimal min,
                        BigDecimal max, List<String> options, Condition visibleIf, List<Field> fields, int minItems,
                        int maxItems) {
        public boolean isGroup() {
            return "group".equals(type);
        }

        public boolean isFile() {
            return "file".equals(type);
        }
    }

    public record Section(String key, Label title, List<Field> fields) {
    }

    /** Parses and checks a definition; a malformed one is refused with the reason. */
    public static FormSchema parse(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (RuntimeException e) {
            throw DomainException.onField("definition", "applications.form.invalidJson");
        }
        if (root == null || !root.path("sections").isArray() || root.path("sections").isEmpty()) {
            throw DomainException.onField("definition", "applications.form.noSections");
        }
        List<Section> sections = new ArrayList<>();
        for (JsonNode s : root.path("sections")) {
            sections.add(new Section(text(s, "key"), label(s.path("title")), fields(s.path("fields"))));
        }
        return new FormSchema(List.copyOf(sections));
    }

    private static List<Field> fields(JsonNode array) {
        List<Field> list = new ArrayList<>();
        for (JsonNode f : array) {
            String key = text(f, "key");
            String type = f.path("type").asString("text");
            if (key == null || !key.matches("[a-zA-Z][a-zA-Z0-9_]*")) {
                throw DomainException.onField("definition", "applications.form.badKey", String.valueOf(key));
            }
            if (!TYPES.contains(type)) {
                throw DomainException.onField("definition", "applications.form.badType", key, type);
            }
            List<String> options = new ArrayList<>();
            f.path("options").forEach(o -> options.add(o.asString()));
            Condition cond = f.has("visibleIf")
                    ? new Condition(text(f.path("visibleIf"), "field"), f.path("visibleIf").path("equals")) : null;
            list.add(new Field(key, type, label(f.path("label")), f.path("required").asBoolean(false),
                    f.has("maxLength") ? f.path("maxLength").asInt() : null,
                    f.has("min") ? f.path("min").decimalValue() : null, f.has("max") ? f.path("max").decimalValue() : null,
                    List.copyOf(options), cond, "group".equals(type) ? fields(f.path("fields")) : List.of(),
                    f.path("minItems").asInt(0), f.path("maxItems").asInt(50)));
        }
        return List.copyOf(list);
    }

    private static String text(JsonNode n, String name) {
        return n.has(name) ? n.path(name).asString() : null;
    }

    private static Label label(JsonNode n) {
        return new Label(text(n, "fr"), text(n, "nl"), text(n, "en"));
    }

    /** The file fields (attachment slots) of the form, top level and in groups. */
    public List<Field> fileFields() {
        List<Field> out = new ArrayList<>();
        sections.forEach(s -> s.fields().stream().filter(Field::isFile).forEach(out::add));
        return out;
    }

    /** Finds a top-level field by key. */
    public java.util.Optional<Field> field(String key) {
        return sections.stream().flatMap(s -> s.fields().stream()).filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * Validates the data of the whole form and returns ALL problems (never stops at the first one).
     * {@code attachedKeys} are the file fields that have at least one attachment.
     */
    public List<FieldError> validate(JsonNode data, Set<String> attachedKeys) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode d = data == null || !data.isObject() ? JSON.createObjectNode() : data;
        for (Section s : sections) {
            validateFields(s.fields(), d, "", errors, attachedKeys);
        }
        return errors;
    }

    private static void validateFields(List<Field> fields, JsonNode level, String prefix, List<FieldError> errors,
                                       Set<String> attachedKeys) {
        for (Field f : fields) {
            if (!visible(f, level)) {
                continue;
            }
            String path = prefix + f.key();
            JsonNode v = level.path(f.key());
            boolean empty = v.isMissingNode() || v.isNull() || (v.isString() && v.asString().isBlank())
                    || (v.isArray() && v.isEmpty());
            if (f.isFile()) {
                if (f.required() && !attachedKeys.contains(path)) {
                    errors.add(FieldError.of(path, "applications.validation.attachmentRequired"));
                }
                continue;
            }
            if (empty) {
                if (f.required() || (f.isGroup() && f.minItems() > 0)) {
                    errors.add(FieldError.of(path, "applications.validation.required"));
                }
                continue;
            }
            switch (f.type()) {
                case "text", "textarea" -> {
                    String s = v.asString();
                    if (f.maxLength() != null && s.length() > f.maxLength()) {
                        errors.add(FieldError.of(path, "applications.validation.tooLong", f.maxLength(), s.length()));
                    }
                }
                case "integer", "decimal" -> {
                    BigDecimal n = number(v);
                    if (n == null || ("integer".equals(f.type()) && n.stripTrailingZeros().scale() > 0)) {
                        errors.add(FieldError.of(path, "applications.validation.notANumber"));
                    } else {
                        if (f.min() != null && n.compareTo(f.min()) < 0) {
                            errors.add(FieldError.of(path, "applications.validation.belowMin", f.min().toPlainString()));
                        }
                        if (f.max() != null && n.compareTo(f.max()) > 0) {
                            errors.add(FieldError.of(path, "applications.validation.aboveMax", f.max().toPlainString()));
                        }
                    }
                }
                case "boolean" -> {
                    if (!v.isBoolean() && !("true".equals(v.asString()) || "false".equals(v.asString()))) {
                        errors.add(FieldError.of(path, "applications.validation.notABoolean"));
                    }
                }
                case "date" -> {
                    try {
                        LocalDate.parse(v.asString());
                    } catch (RuntimeException e) {
                        errors.add(FieldError.of(path, "applications.validation.notADate"));
                    }
                }
                case "choice" -> {
                    if (!f.options().contains(v.asString())) {
                        errors.add(FieldError.of(path, "applications.validation.notAnOption"));
                    }
                }
                case "group" -> {
                    if (!v.isArray()) {
                        errors.add(FieldError.of(path, "applications.validation.required"));
                        continue;
                    }
                    if (v.size() < f.minItems()) {
                        errors.add(FieldError.of(path, "applications.validation.tooFewItems", f.minItems()));
                    }
                    if (v.size() > f.maxItems()) {
                        errors.add(FieldError.of(path, "applications.validation.tooManyItems", f.maxItems()));
                    }
                    for (int i = 0; i < v.size(); i++) {
                        validateFields(f.fields(), v.get(i), path + "[" + i + "].", errors, attachedKeys);
                    }
                }
                default -> {
                }
            }
        }
    }

    static boolean visible(Field f, JsonNode level) {
        if (f.visibleIf() == null) {
            return true;
        }
        JsonNode other = level.path(f.visibleIf().field());
        JsonNode expected = f.visibleIf().equals();
        if (other.isMissingNode() || other.isNull()) {
            return false;
        }
        return other.equals(expected) || other.asString().equals(expected.asString());
    }

    static BigDecimal number(JsonNode v) {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        try {
            return new BigDecimal(v.asString().trim().replace(',', '.'));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Normalises raw form input (string values from a web form) into typed JSON, keeping unknown keys out. */
    public ObjectNode normalise(Map<String, String> flat) {
        ObjectNode out = JSON.createObjectNode();
        for (Section s : sections) {
            for (Field f : s.fields()) {
                if (f.isGroup() || f.isFile()) {
                    continue;
                }
                String raw = flat.get(f.key());
                if (raw == null || raw.isBlank()) {
                    continue;
                }
                switch (f.type()) {
                    case "boolean" -> out.put(f.key(), Boolean.parseBoolean(raw) || "on".equals(raw));
                    default -> out.put(f.key(), raw);
                }
            }
        }
        return out;
    }
}
