package com.shopsight.agent;

import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.SchemaDocJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a dataset's semantic model and schema doc are read from: a schema-docs folder when it
 * has them, else the copies bundled in the jar (so `shopsight ask` works from any folder).
 *
 * @param folder the folder to look in first, or null for the bundled copies only
 * @param dataset the dataset's name ("hm"): files are {@code <dataset>.semantic.yaml} and {@code <dataset>.json}
 */
public record SchemaDocs(Path folder, String dataset) {
    private static final String BUNDLED = "/com/shopsight/agent/schema-docs/";

    public SchemaDocs {
        if (dataset == null || !dataset.matches("[a-z][a-z0-9_-]*")) {
            throw new IllegalArgumentException("not a dataset name: " + dataset);
        }
    }

    /** The H&M docs in {@code folder} (or bundled). */
    public static SchemaDocs hm(Path folder) {
        return new SchemaDocs(folder, "hm");
    }

    /** The semantic model: the folder's, else the bundled one; a dataset without one is a broken environment. */
    public SemanticModel semanticModel() {
        String file = dataset + ".semantic.yaml";
        Path local = folder == null ? null : folder.resolve(file);
        if (local != null && Files.isRegularFile(local)) {
            return SemanticModel.load(local);
        }
        return bundled(file).map(text -> SemanticModel.parse(text, "bundled " + file))
                .orElseThrow(() -> new ShopSightException("No semantic model " + file + " in " + folder
                        + " and none bundled; ShopSight knows the H&M dataset (hm)."));
    }

    /** The schema doc `learn` wrote: the folder's, else the bundled one, else none. */
    public Optional<SchemaDoc> schemaDoc() {
        String file = dataset + ".json";
        Path local = folder == null ? null : folder.resolve(file);
        try {
            if (local != null && Files.isRegularFile(local)) {
                return Optional.of(SchemaDocJson.read(Files.readString(local)));
            }
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the schema doc " + local + ": " + e.getMessage(), e);
        }
        return bundled(file).map(SchemaDocJson::read);
    }

    private static Optional<String> bundled(String file) {
        try (InputStream in = SchemaDocs.class.getResourceAsStream(BUNDLED + file)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the bundled " + file + ": " + e.getMessage(), e);
        }
    }
}
