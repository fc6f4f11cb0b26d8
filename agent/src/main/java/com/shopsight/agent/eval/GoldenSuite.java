package com.shopsight.agent.eval;

import com.shopsight.tools.ShopSightException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A dataset's golden questions (for H&M, {@code schema-docs/hm.golden.yaml}): what "right"
 * means for each question, so that any agent can be scored against them.
 *
 * @param dataset the dataset the questions are about ("hm"), never null
 * @param description what the suite covers, never null
 * @param questions the entries in file order, ids unique; never null
 */
public record GoldenSuite(String dataset, String description, List<GoldenQuestion> questions) {
    public GoldenSuite {
        Objects.requireNonNull(dataset, "dataset");
        description = description == null ? "" : description;
        questions = List.copyOf(questions);
        Set<String> ids = new HashSet<>();
        for (GoldenQuestion q : questions) {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("question id " + q.id() + " is used twice");
            }
        }
    }

    /** Reads a suite file; a malformed one is named with its problem and where it is. */
    public static GoldenSuite load(Path file) {
        try {
            return SuiteReader.read(file);
        } catch (IllegalArgumentException e) {
            throw new ShopSightException("Cannot read the golden suite " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The suite of {@code dataset} bundled in the jar (for H&M, the same file as
     * schema-docs/hm.golden.yaml), so `eval` works from any folder.
     *
     * @throws ShopSightException when none is bundled
     */
    public static GoldenSuite bundled(String dataset) {
        String file = dataset + ".golden.yaml";
        try (java.io.InputStream in = GoldenSuite.class.getResourceAsStream("/com/shopsight/agent/schema-docs/" + file)) {
            if (in == null) {
                throw new ShopSightException("No golden suite " + file + " is bundled; give one with --suite FILE");
            }
            return SuiteReader.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "bundled " + file);
        } catch (java.io.IOException e) {
            throw new ShopSightException("Cannot read the bundled " + file + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ShopSightException("Cannot read the bundled golden suite " + file + ": " + e.getMessage(), e);
        }
    }

    /** The categories in the order they first appear. */
    public List<String> categories() {
        Set<String> out = new LinkedHashSet<>();
        questions.forEach(q -> out.add(q.category()));
        return List.copyOf(out);
    }

    /** This suite cut down to one category; an unknown category is a usage error that lists the known ones. */
    public GoldenSuite only(String category) {
        List<GoldenQuestion> kept = new ArrayList<>();
        for (GoldenQuestion q : questions) {
            if (q.category().equals(category)) {
                kept.add(q);
            }
        }
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no questions in category '" + category + "'; the categories are "
                    + String.join(", ", categories()));
        }
        return new GoldenSuite(dataset, description, kept);
    }
}
