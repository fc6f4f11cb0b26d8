package com.shopsight.tools.chart;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The official JSON schema of the Vega-Lite version the chat page renders (vendored from the
 * npm package by {@code scripts/vendor-vega.sh}), for checking any spec before it is shown:
 * those this package builds, and those an LLM proposes. Loading takes about a second; the
 * schema is loaded once, on first use, and is safe to share between threads.
 */
public final class VegaLiteSchema {
    /** The Vega-Lite version the vendored schema and scripts are; keep in step with the script. */
    public static final String VERSION = "6.5.0";
    private static final String RESOURCE = "vega-lite-schema.json";

    private static volatile JsonSchema schema;

    private VegaLiteSchema() {}

    /** Every way {@code spec} breaks the schema, each message naming where; empty when it is valid. */
    public static List<String> problems(JsonNode spec) {
        return schema().validate(spec).stream()
                .map(VegaLiteSchema::describe)
                .sorted()
                .toList();
    }

    private static String describe(ValidationMessage m) {
        return m.getMessage();
    }

    private static JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            synchronized (VegaLiteSchema.class) {
                s = schema;
                if (s == null) {
                    schema = s = load();
                }
            }
        }
        return s;
    }

    private static JsonSchema load() {
        try (InputStream in = VegaLiteSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ShopSightException("The Vega-Lite schema " + RESOURCE + " is missing from the classpath; run scripts/vendor-vega.sh");
            }
            // Preloading walks every $ref eagerly; Vega-Lite's recursive schema makes that run out
            // of memory, while lazy resolution (references cached once seen) validates in milliseconds.
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().preloadJsonSchema(false).cacheRefs(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the Vega-Lite schema: " + e.getMessage(), e);
        }
    }
}
