package com.shopsight.agent.lexicon;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a word or phrase of a question stands for: a part of the semantic model, a learned
 * value, a time expression, a grammar word, or nothing at all (filler). Names are the
 * semantic model's; values are exactly as learned from the data.
 */
public sealed interface Meaning {
    /** A metric ("revenue"); {@code ranks} when the phrase also asks for the top ("best-selling"). */
    record Metric(String name, boolean ranks) implements Meaning {
        public Metric {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A measure derived from a metric: "share" or "growth". */
    record Derived(String name) implements Meaning {
        public Derived {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A dimension to group by ("colour", "weekly"). */
    record Dimension(String name) implements Meaning {
        public Dimension {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A named filter of the model ("online", "young"). */
    record Filter(String name) implements Meaning {
        public Filter {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A learned value of a dimension ("Trousers" of product_type), reached by its name or a synonym. */
    record Value(String dimension, String value) implements Meaning {
        public Value {
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A tool intent ("forecast", "basket", "chart"). */
    record Tool(String name) implements Meaning {
        public Tool {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A word ShopSight refuses: {@code kind} is destructive, unavailable or chat. */
    record Refusal(String kind, String reason) implements Meaning {
        public Refusal {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** A named time window of the model ("this_year", "recent"). */
    record TimeName(String name) implements Meaning {
        public TimeName {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A season and its months. */
    record Season(String name, List<Integer> months) implements Meaning {
        public Season {
            Objects.requireNonNull(name, "name");
            months = List.copyOf(months);
        }
    }

    /** A calendar month, 1 to 12. */
    record Month(int month) implements Meaning {
        public Month {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month " + month);
            }
        }
    }

    /** A unit of time for relative windows and horizons: days, weeks, months or years. */
    record Unit(String unit) implements Meaning {
        public Unit {
            Objects.requireNonNull(unit, "unit");
        }
    }

    /** A whole number, in digits or in words. */
    record Number(int value) implements Meaning {}

    /** A calendar date written as yyyy-mm-dd. */
    record Date(LocalDate date) implements Meaning {
        public Date {
            Objects.requireNonNull(date, "date");
        }
    }

    /** A grammar word with a role in the question ("top", "vs", "since"). */
    record Word(Grammar role) implements Meaning {
        public Word {
            Objects.requireNonNull(role, "role");
        }
    }

    /** A word that carries no meaning for a query. */
    record Filler() implements Meaning {}
}
