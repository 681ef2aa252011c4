package org.regia;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-facing text exists in French, Dutch and English. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main");

    @Test
    void everyBundleOfTheBasenameExists() throws IOException {
        String yml = Files.readString(SOURCES.resolve("resources/application.yml"));
        Matcher m = Pattern.compile("basename: (\\S+)").matcher(yml);
        assertThat(m.find()).isTrue();
        for (String base : m.group(1).split(",")) {
            for (String lang : new String[] {"fr", "nl", "en"}) {
                assertThat(SOURCES.resolve("resources/" + base + "_" + lang + ".properties")).as("bundle").exists();
            }
        }
    }

    @Test
    void everyKeyExistsInTheThreeLanguages() throws IOException {
        Map<String, Properties> bundles = Map.of("fr", load("fr"), "nl", load("nl"), "en", load("en"));
        Set<String> all = new TreeSet<>();
        bundles.values().forEach(p -> all.addAll(p.stringPropertyNames()));
        bundles.forEach((lang, p) -> assertThat(new TreeSet<>(all))
                .as("keys missing in messages_%s.properties", lang)
                .isSubsetOf(p.stringPropertyNames()));
        bundles.forEach((lang, p) -> p.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, lang).isNotBlank()));
    }

    @Test
    void everyLiteralKeyUsedInTemplatesAndCodeIsDefined() throws IOException {
        Properties fr = load("fr");
        Set<String> used = new TreeSet<>();
        Pattern templateKey = Pattern.compile("#\\{([a-zA-Z][\\w.]+)[}(]");
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.toString();
                String text = Files.readString(f);
                if (name.endsWith(".html")) {
                    collect(templateKey.matcher(text), used);
                } else if (name.endsWith(".java")) {
                    Matcher m = Pattern.compile("(?:DomainException\\(|onField\\([^,]+,\\s*|getMessage\\(|rejectValue\\([^,]+,\\s*|reject\\()\"([\\w.]+)\"").matcher(text);
                    collect(m, used);
                }
            }
        }
        assertThat(used).as("message keys used in templates and code").isNotEmpty();
        assertThat(used.stream().filter(k -> !fr.containsKey(k)).toList()).as("keys used but not defined").isEmpty();
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** All bundles of one language merged (a key defined twice is reported). */
    private static Properties load(String lang) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(SOURCES.resolve("resources/i18n"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("_" + lang + ".properties")).sorted().toList()) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(f)) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String k : p.stringPropertyNames()) {
                    assertThat(all.containsKey(k)).as("key %s defined twice (again in %s)", k, f.getFileName()).isFalse();
                }
                all.putAll(p);
            }
        }
        return all;
    }
}
