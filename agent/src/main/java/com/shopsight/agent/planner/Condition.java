package com.shopsight.agent.planner;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * One condition of a query, always built from the semantic model and the learned values,
 * never from the user's text: a named filter, values of a dimension, or an age range.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Condition.Named.class, name = "filter"),
    @JsonSubTypes.Type(value = Condition.Values.class, name = "values"),
    @JsonSubTypes.Type(value = Condition.Ages.class, name = "ages")
})
public sealed interface Condition {
    /** Conditions of one group exclude each other: a new one replaces the old in a follow-up. */
    String group();

    /** A named filter of the semantic model ("online", "young"), or its negation. */
    record Named(String name, String group, boolean negated) implements Condition {
        public Named {
            Objects.requireNonNull(name, "name");
            group = group == null ? "filter:" + name : group;
        }
    }

    /** Rows whose dimension has one of {@code values} (or none of them when negated). */
    record Values(String dimension, List<String> values, boolean negated) implements Condition {
        public Values {
            Objects.requireNonNull(dimension, "dimension");
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("a values condition needs values");
            }
        }

        @Override
        public String group() {
            return "dimension:" + dimension;
        }
    }

    /** Customers aged at least {@code min} (null: no lower bound) and under {@code max} (null: none). */
    record Ages(Integer min, Integer max) implements Condition {
        public Ages {
            if (min == null && max == null) {
                throw new IllegalArgumentException("an age range needs a bound");
            }
            if (min != null && max != null && min >= max) {
                throw new IllegalArgumentException("empty age range " + min + " to " + max);
            }
        }

        @Override
        public String group() {
            return "age";
        }
    }
}
