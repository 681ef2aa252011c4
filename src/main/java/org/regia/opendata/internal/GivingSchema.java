package org.regia.opendata.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The official 360Giving Data Standard schemas (JSON Schema 2020-12), loaded at run time from the configured folder
 * ({@code regia.opendata.schema-dir}, the standard's own files: never copied into the application). The package
 * schema refers to the grant schema by its canonical GitHub URL; those URLs are resolved to the local folder, so
 * validation needs no network. Formats (date-time) are asserted, as the standard's "YYYY-MM-DD or date-time" rule
 * depends on it.
 */
@Component
public class GivingSchema {

    public static final String PACKAGE_SCHEMA = "360-giving-package-schema.json";
    private static final Pattern STANDARD_URL =
            Pattern.compile("https?://raw\\.githubusercontent\\.com/ThreeSixtyGiving/standard/[^/]+/schema/([A-Za-z0-9._-]+\\.json)");

    private final Path folder;
    private volatile Schema packageSchema;

    public GivingSchema(@Value("${regia.opendata.schema-dir:../shared/data/360giving/schema}") String folder) {
        this.folder = Path.of(folder);
    }

    public Path folder() {
        return folder;
    }

    public boolean available() {
        return Files.isRegularFile(folder.resolve(PACKAGE_SCHEMA));
    }

    /** One schema violation, located in the package. */
    public record Violation(String path, List<Object> location, String keyword, String property, JsonNode value, String message) {
    }

    public List<Violation> validate(JsonNode document) {
        List<Violation> result = new ArrayList<>();
        for (Error e : schema().validate(document)) {
            List<Object> location = new ArrayList<>();
            var path = e.getInstanceLocation();
            for (int i = 0; i < path.getNameCount(); i++) {
                location.add(path.getElement(i));
            }
            result.add(new Violation(path.toString(), location, e.getKeyword(), e.getProperty(), e.getInstanceNode(),
                    e.getMessage()));
        }
        return result;
    }

    private Schema schema() {
        Schema s = packageSchema;
        if (s == null) {
            synchronized (this) {
                if (packageSchema == null) {
                    packageSchema = load();
                }
                s = packageSchema;
            }
        }
        return s;
    }

    private Schema load() {
        if (!available()) {
            throw new IllegalStateException("360Giving schema not found in " + folder.toAbsolutePath()
                    + " (set regia.opendata.schema-dir)");
        }
        Map<String, String> cache = new LinkedHashMap<>();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                .schemas(iri -> {
                    Matcher m = STANDARD_URL.matcher(iri);
                    return m.matches() ? cache.computeIfAbsent(m.group(1), this::read) : null;
                }));
        String packageJson = read(PACKAGE_SCHEMA);
        Matcher id = Pattern.compile("\"\\$id\"\\s*:\\s*\"([^\"]+)\"").matcher(packageJson);
        if (!id.find()) {
            throw new IllegalStateException("no $id in " + PACKAGE_SCHEMA);
        }
        Schema schema = registry.getSchema(SchemaLocation.of(id.group(1)));
        schema.initializeValidators();
        return schema;
    }

    private String read(String name) {
        try {
            return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
