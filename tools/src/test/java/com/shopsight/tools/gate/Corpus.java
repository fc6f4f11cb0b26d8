package com.shopsight.tools.gate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads the SQL corpora kept as data files under {@code src/test/resources/gate}. */
final class Corpus {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Corpus() {}

    /**
     * A case of a corpus: its SQL, given whole or as prefix + repeat * times + suffix, what the
     * gate must say (rejection kinds separated by |; absent for benign queries), and whether
     * the order of its rows is defined.
     */
    record Case(String name, String expect, String sql, String prefix, String repeat, Integer times, String suffix,
            boolean ordered) {
        String text() {
            if (sql != null) {
                return sql;
            }
            return (prefix == null ? "" : prefix) + repeat.repeat(times) + (suffix == null ? "" : suffix);
        }

        List<String> expectedKinds() {
            return List.of(expect.split("\\|"));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> read(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream("/gate/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource gate/" + resource);
            }
            return YAML.readValue(in, new TypeReference<List<Case>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
