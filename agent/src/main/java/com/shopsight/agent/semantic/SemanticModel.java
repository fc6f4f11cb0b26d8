package com.shopsight.agent.semantic;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The business as ShopSight reads it, loaded from a dataset's {@code <name>.semantic.yaml}:
 * metrics, dimensions, filters, time words, value synonyms, tool intents and refusals. Both
 * agents use it; the offline planner builds every query from it.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SemanticModel(
        String dataset,
        String description,
        Fact fact,
        String today,
        List<Entity> entities,
        List<Metric> metrics,
        Map<String, Derived> derived,
        List<Dimension> dimensions,
        List<Filter> filters,
        Map<String, Map<String, List<String>>> valueSynonyms,
        TimeWords time,
        Map<String, List<String>> tools,
        Refusals refusals,
        List<String> examples) {

    /** The fact table: one row per event (for H&M, one item sold). */
    public record Fact(String table, String alias, String grain, String date) {}

    /** A table joined to the fact table, with the join that reaches it. */
    public record Entity(String name, String alias, String join, String key) {}

    /** A measure: its SQL aggregate, and the table it counts over when not the fact table. */
    public record Metric(String name, String label, String sql, String format, String table, List<String> words) {
        public Metric {
            words = List.copyOf(words);
        }

        /** Whether this metric aggregates the fact table (sales) rather than its own table. */
        public boolean overFacts() {
            return table == null;
        }

        /** Whether the figure grows with the days of sales it covers (a count or a sum), unlike an average. */
        public boolean accumulates() {
            return overFacts() && sql.strip().toUpperCase(java.util.Locale.ROOT).matches("(COUNT|SUM)\\(.*");
        }
    }

    /** A measure computed from a metric (share, growth). */
    public record Derived(String label, List<String> words) {
        public Derived {
            words = List.copyOf(words);
        }
    }

    /**
     * Something to group or filter by: a column, or a SQL expression; the entity whose join it
     * needs; a fixed display order when natural order is not alphabetical; the dimension a
     * "why?" about one of its values is broken down by ({@code drill}, may be null).
     */
    public record Dimension(String name, String label, String column, String key, String sql, String entity,
            List<String> order, boolean time, String drill, List<String> words) {
        public Dimension {
            words = List.copyOf(words);
            order = order == null ? List.of() : List.copyOf(order);
            if ((column == null) == (sql == null)) {
                throw new IllegalArgumentException("dimension " + name + " needs exactly one of column and sql");
            }
        }

        /** The SQL expression that yields this dimension's value. */
        public String expression() {
            return column != null ? column : sql;
        }
    }

    /**
     * A named filter ("online", "young") and the condition it stands for; filters of one
     * {@code group} ("channel", "age") exclude each other, and group may be null.
     */
    public record Filter(String name, String label, String group, String sql, String entity, List<String> words) {
        public Filter {
            words = List.copyOf(words);
        }
    }

    /** Words for time: seasons (months), relative units, and named windows. */
    public record TimeWords(Map<String, List<Integer>> seasons, Map<String, List<String>> relative,
            Map<String, List<String>> words) {}

    /** Why some questions are refused, and the words that mark them. */
    public record Refusals(Refusal destructive, List<Refusal> unavailable, Refusal chat) {}

    /** One kind of refusal: its words and the reason given to the user. */
    public record Refusal(List<String> words, String reason) {
        public Refusal {
            words = List.copyOf(words);
        }
    }

    public SemanticModel {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(fact, "fact");
        entities = List.copyOf(entities);
        metrics = List.copyOf(metrics);
        dimensions = List.copyOf(dimensions);
        filters = List.copyOf(filters);
        examples = List.copyOf(examples);
        derived = Map.copyOf(derived);
        valueSynonyms = Map.copyOf(valueSynonyms);
        tools = Map.copyOf(tools);
        checkReferences(entities, dimensions, filters, metrics);
    }

    private static void checkReferences(List<Entity> entities, List<Dimension> dimensions, List<Filter> filters,
            List<Metric> metrics) {
        Set<String> known = new HashSet<>();
        entities.forEach(e -> known.add(e.name()));
        Set<String> names = new HashSet<>();
        for (Dimension d : dimensions) {
            if (d.entity() != null && !known.contains(d.entity())) {
                throw new IllegalArgumentException("dimension " + d.name() + " needs unknown entity " + d.entity());
            }
            if (!names.add("dimension:" + d.name())) {
                throw new IllegalArgumentException("dimension " + d.name() + " is defined twice");
            }
        }
        for (Filter f : filters) {
            if (f.entity() != null && !known.contains(f.entity())) {
                throw new IllegalArgumentException("filter " + f.name() + " needs unknown entity " + f.entity());
            }
        }
        for (Metric m : metrics) {
            if (m.table() != null && !known.contains(m.table())) {
                throw new IllegalArgumentException("metric " + m.name() + " counts unknown table " + m.table());
            }
        }
    }

    /** Reads a semantic model file; a malformed file is a broken environment, named with its problem. */
    public static SemanticModel load(Path file) {
        try {
            return yaml().readValue(file.toFile(), SemanticModel.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ShopSightException("Cannot read the semantic model " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a semantic model from its YAML text; {@code source} names it in errors. */
    public static SemanticModel parse(String text, String source) {
        try {
            return yaml().readValue(text, SemanticModel.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ShopSightException("Cannot read the semantic model " + source + ": " + e.getMessage(), e);
        }
    }

    private static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    }

    public Optional<Metric> metric(String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    public Optional<Dimension> dimension(String name) {
        return dimensions.stream().filter(d -> d.name().equals(name)).findFirst();
    }

    public Optional<Filter> filter(String name) {
        return filters.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public Optional<Entity> entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
