package com.shopsight.agent.eval;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the YAML form of a golden suite, where the first turn's fields sit on the entry itself. */
final class SuiteReader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private SuiteReader() {}

    /** The file as written. */
    record File(String dataset, String description, List<Entry> questions) {}

    /** An entry as written: the first question's fields, then its follow-ups. */
    record Entry(String id, String category, List<String> tags, String question,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> sql,
            Checks expect, Boolean refuse, Tolerance tolerance, List<FollowUp> followups) {}

    /** A follow-up as written. */
    record FollowUp(String question,
            @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> sql,
            Checks expect, Boolean refuse, Tolerance tolerance) {}

    static GoldenSuite read(Path path) {
        try {
            return toSuite(YAML.readValue(path.toFile(), File.class));
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the golden suite " + path + ": " + e.getMessage(), e);
        }
    }

    static GoldenSuite parse(String text, String source) {
        try {
            return toSuite(YAML.readValue(text, File.class));
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the golden suite " + source + ": " + e.getMessage(), e);
        }
    }

    private static GoldenSuite toSuite(File file) {
        if (file == null || file.questions() == null) {
            throw new IllegalArgumentException("it has no questions");
        }
        List<GoldenQuestion> questions = new ArrayList<>();
        for (Entry e : file.questions()) {
            questions.add(toQuestion(e));
        }
        return new GoldenSuite(file.dataset(), file.description(), questions);
    }

    private static GoldenQuestion toQuestion(Entry e) {
        try {
            List<Turn> turns = new ArrayList<>();
            turns.add(new Turn(e.question(), e.sql(), e.expect(), Boolean.TRUE.equals(e.refuse()), e.tolerance()));
            if (e.followups() != null) {
                for (FollowUp f : e.followups()) {
                    turns.add(new Turn(f.question(), f.sql(), f.expect(), Boolean.TRUE.equals(f.refuse()), f.tolerance()));
                }
            }
            return new GoldenQuestion(e.id(), e.category(), e.tags(), turns);
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new IllegalArgumentException("entry " + e.id() + ": " + ex.getMessage(), ex);
        }
    }
}
