package org.regia.applications.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form editor's bound object: sections and fields as plain beans whose property paths are those of the JSON
 * definition (e.g. {@code sections[0].fields[2].label.nl}), so that the problems found by
 * {@link org.regia.applications.FormDesign} land next to their input.
 */
public class EditorForm {

    static final JsonMapper JSON = JsonMapper.builder().build();
    public static final List<String> TYPES = List.of("text", "textarea", "integer", "decimal", "boolean", "date", "choice", "file", "group");

    private String code;
    private long version;
    private List<Section> sections = new ArrayList<>();

    public static class Label {
        private String fr;
        private String nl;
        private String en;

        public String getFr() { return fr; }
        public void setFr(String fr) { this.fr = fr; }
        public String getNl() { return nl; }
        public void setNl(String nl) { this.nl = nl; }
        public String getEn() { return en; }
        public void setEn(String en) { this.en = en; }
    }

    public static class Condition {
        private String field;
        private String equals;

        public String getField() { return field; }
        public void setField(String field) { this.field = field; }
        public String getEquals() { return equals; }
        public void setEquals(String equals) { this.equals = equals; }
    }

    public static class Section {
        private String key;
        private Label title = new Label();
        private List<Field> fields = new ArrayList<>();

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public Label getTitle() { return title; }
        public void setTitle(Label title) { this.title = title; }
        public List<Field> getFields() { return fields; }
        public void setFields(List<Field> fields) { this.fields = fields; }
    }

    public static class Field {
        private String key;
        private String type = "text";
        private Label label = new Label();
        private boolean required;
        private String maxLength;
        private String min;
        private String max;
        private String options;
        private Condition visibleIf = new Condition();
        private String minItems;
        private String maxItems;
        private List<Field> fields = new ArrayList<>();

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getType() { return type; }
        public void setType(String type) { this.type = type; }
        public Label getLabel() { return label; }
        public void setLabel(Label label) { this.label = label; }
        public boolean isRequired() { return required; }
        public void setRequired(boolean required) { this.required = required; }
        public String getMaxLength() { return maxLength; }
        public void setMaxLength(String maxLength) { this.maxLength = maxLength; }
        public String getMin() { return min; }
        public void setMin(String min) { this.min = min; }
        public String getMax() { return max; }
        public void setMax(String max) { this.max = max; }
        public String getOptions() { return options; }
        public void setOptions(String options) { this.options = options; }
        public Condition getVisibleIf() { return visibleIf; }
        public void setVisibleIf(Condition visibleIf) { this.visibleIf = visibleIf; }
        public String getMinItems() { return minItems; }
        public void setMinItems(String minItems) { this.minItems = minItems; }
        public String getMaxItems() { return maxItems; }
        public void setMaxItems(String maxItems) { this.maxItems = maxItems; }
        public List<Field> getFields() { return fields; }
        public void setFields(List<Field> fields) { this.fields = fields; }

        public boolean isGroup() {
            return "group".equals(type);
        }
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public List<Section> getSections() { return sections; }
    public void setSections(List<Section> sections) { this.sections = sections; }

    /** An HTML id for a property path ({@code sections[0].fields[1].key} → {@code sections-0-fields-1-key}). */
    public static String id(String path) {
        return path.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
    }

    // ---- JSON definition <-> editor ----

    public static EditorForm of(String code, long version, String definition) {
        EditorForm form = new EditorForm();
        form.code = code;
        form.version = version;
        JsonNode root = JSON.readTree(definition);
        for (JsonNode s : root.path("sections")) {
            Section section = new Section();
            section.key = text(s, "key");
            section.title = label(s.path("title"));
            s.path("fields").forEach(f -> section.fields.add(field(f)));
            form.sections.add(section);
        }
        return form;
    }

    private static Field field(JsonNode f) {
        Field x = new Field();
        x.key = text(f, "key");
        x.type = f.has("type") ? text(f, "type") : "text";
        x.label = label(f.path("label"));
        x.required = f.path("required").asBoolean(false);
        x.maxLength = text(f, "maxLength");
        x.min = text(f, "min");
        x.max = text(f, "max");
        List<String> options = new ArrayList<>();
        f.path("options").forEach(o -> options.add(o.asString()));
        x.options = String.join(", ", options);
        if (f.path("visibleIf").isObject()) {
            x.visibleIf.field = text(f.path("visibleIf"), "field");
            x.visibleIf.equals = text(f.path("visibleIf"), "equals");
        }
        x.minItems = text(f, "minItems");
        x.maxItems = text(f, "maxItems");
        f.path("fields").forEach(g -> x.fields.add(field(g)));
        return x;
    }

    private static Label label(JsonNode n) {
        Label l = new Label();
        l.fr = text(n, "fr");
        l.nl = text(n, "nl");
        l.en = text(n, "en");
        return l;
    }

    private static String text(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() ? null : v.asString();
    }

    /** The JSON definition of what the officer typed (numbers that are not numbers are kept as text: the check says so). */
    String toJson() {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode ss = root.putArray("sections");
        for (Section s : sections) {
            ObjectNode o = ss.addObject();
            put(o, "key", s.key);
            label(o.putObject("title"), s.title);
            ArrayNode fs = o.putArray("fields");
            s.fields.forEach(f -> field(fs.addObject(), f));
        }
        return JSON.writeValueAsString(root);
    }

    private static void field(ObjectNode o, Field f) {
        put(o, "key", f.key);
        put(o, "type", f.type);
        label(o.putObject("label"), f.label);
        if (f.required) {
            o.put("required", true);
        }
        number(o, "maxLength", f.maxLength);
        number(o, "min", f.min);
        number(o, "max", f.max);
        if ("choice".equals(f.type) && f.options != null) {
            ArrayNode a = o.putArray("options");
            Arrays.stream(f.options.split(",")).map(String::strip).filter(x -> !x.isEmpty()).forEach(a::add);
        }
        if (f.visibleIf != null && f.visibleIf.field != null && !f.visibleIf.field.isBlank()) {
            ObjectNode c = o.putObject("visibleIf");
            c.put("field", f.visibleIf.field.strip());
            String eq = f.visibleIf.equals == null ? "" : f.visibleIf.equals.strip();
            if ("true".equals(eq) || "false".equals(eq)) {
                c.put("equals", Boolean.parseBoolean(eq));
            } else {
                c.put("equals", eq);
            }
        }
        if (f.isGroup()) {
            number(o, "minItems", f.minItems);
            number(o, "maxItems", f.maxItems);
            ArrayNode sub = o.putArray("fields");
            f.fields.forEach(g -> field(sub.addObject(), g));
        }
    }

    private static void label(ObjectNode o, Label l) {
        put(o, "fr", l == null ? null : l.fr);
        put(o, "nl", l == null ? null : l.nl);
        put(o, "en", l == null ? null : l.en);
    }

    private static void put(ObjectNode o, String name, String value) {
        if (value != null && !value.isBlank()) {
            o.put(name, value.strip());
        }
    }

    private static void number(ObjectNode o, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            o.put(name, new java.math.BigDecimal(value.strip()).intValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            try {
                o.put(name, new java.math.BigDecimal(value.strip()));
            } catch (NumberFormatException e2) {
                o.put(name, value.strip()); // FormDesign reports it
            }
        }
    }
}
