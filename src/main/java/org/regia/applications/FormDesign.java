package org.regia.applications;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks a form definition as officers design it and returns EVERY problem with the path of the offending input
 * (e.g. {@code sections[0].fields[2].label.nl}): field keys (format, duplicates — top-level keys are unique across
 * the whole form because the answers are stored flat, keys in a repeatable group are unique within the group),
 * labels and section titles in fr, nl and en, known types, positive max lengths, options of a choice, a group's
 * sub-fields and item bounds, and conditions that refer to a field of the same level declared before.
 */
public final class FormDesign {

    static final String KEY = "[a-zA-Z][a-zA-Z0-9_]*";
    static final String[] LANGUAGES = {"fr", "nl", "en"};

    private FormDesign() {
    }

    public static List<FieldError> check(JsonNode root) {
        List<FieldError> errors = new ArrayList<>();
        JsonNode sections = root == null ? null : root.path("sections");
        if (sections == null || !sections.isArray() || sections.isEmpty()) {
            errors.add(FieldError.of("sections", "applications.form.noSections"));
            return errors;
        }
        Set<String> sectionKeys = new HashSet<>();
        Set<String> topKeys = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            JsonNode s = sections.get(i);
            String p = "sections[" + i + "]";
            String key = text(s, "key");
            if (key.isEmpty() || !key.matches(KEY)) {
                errors.add(FieldError.of(p + ".key", "applications.design.badKey", key));
            } else if (!sectionKeys.add(key)) {
                errors.add(FieldError.of(p + ".key", "applications.design.duplicateKey", key));
            }
            labels(s.path("title"), p + ".title", errors);
            JsonNode fields = s.path("fields");
            if (!fields.isArray() || fields.isEmpty()) {
                errors.add(FieldError.of(p + ".key", "applications.design.noFields", key));
                continue;
            }
            fields(fields, p, topKeys, true, errors);
        }
        return errors;
    }

    private static void fields(JsonNode fields, String prefix, Set<String> levelKeys, boolean top, List<FieldError> errors) {
        for (int j = 0; j < fields.size(); j++) {
            JsonNode f = fields.get(j);
            String p = prefix + ".fields[" + j + "]";
            String key = text(f, "key");
            String type = text(f, "type");
            if (key.isEmpty() || !key.matches(KEY)) {
                errors.add(FieldError.of(p + ".key", "applications.design.badKey", key));
            } else if (!levelKeys.add(key)) {
                errors.add(FieldError.of(p + ".key", "applications.design.duplicateKey", key));
            }
            if (!FormSchema.TYPES.contains(type)) {
                errors.add(FieldError.of(p + ".type", "applications.design.badType", type));
            }
            labels(f.path("label"), p + ".label", errors);
            if (f.has("maxLength") && !f.path("maxLength").isNull()) {
                if (!f.path("maxLength").canConvertToInt() || f.path("maxLength").asInt() < 1
                        || f.path("maxLength").asInt() > 100_000) {
                    errors.add(FieldError.of(p + ".maxLength", "applications.design.badMaxLength"));
                } else if (!"text".equals(type) && !"textarea".equals(type)) {
                    errors.add(FieldError.of(p + ".maxLength", "applications.design.maxLengthOnlyText"));
                }
            }
            for (String n : new String[] {"min", "max", "minItems", "maxItems"}) {
                if (f.has(n) && !f.path(n).isNull() && !f.path(n).isNumber()) {
                    errors.add(FieldError.of(p + "." + n, "applications.design.notANumber", f.path(n).asString()));
                }
            }
            if ("choice".equals(type) && (!f.path("options").isArray() || f.path("options").isEmpty())) {
                errors.add(FieldError.of(p + ".options", "applications.design.noOptions"));
            }
            JsonNode cond = f.path("visibleIf");
            if (cond.isObject()) {
                String other = text(cond, "field");
                if (other.equals(key)) {
                    errors.add(FieldError.of(p + ".visibleIf.field", "applications.design.conditionOnItself", other));
                } else if (!levelKeys.contains(other)) {
                    errors.add(FieldError.of(p + ".visibleIf.field", "applications.design.unknownConditionField", other));
                }
            }
            if ("group".equals(type)) {
                if (!top) {
                    errors.add(FieldError.of(p + ".type", "applications.design.nestedGroup"));
                    continue;
                }
                int min = f.path("minItems").asInt(0);
                int max = f.path("maxItems").asInt(50);
                if (min < 0 || max < 1 || min > max) {
                    errors.add(FieldError.of(p + ".maxItems", "applications.design.badItems"));
                }
                JsonNode sub = f.path("fields");
                if (!sub.isArray() || sub.isEmpty()) {
                    errors.add(FieldError.of(p + ".type", "applications.design.groupWithoutFields"));
                } else {
                    fields(sub, p, new HashSet<>(), false, errors);
                }
            }
        }
    }

    private static void labels(JsonNode label, String path, List<FieldError> errors) {
        for (String l : LANGUAGES) {
            if (text(label, l).isBlank()) {
                errors.add(FieldError.of(path + "." + l, "applications.design.labelMissing", l));
            }
        }
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = n == null ? null : n.get(name);
        return v == null || v.isNull() ? "" : v.asString().strip();
    }
}
