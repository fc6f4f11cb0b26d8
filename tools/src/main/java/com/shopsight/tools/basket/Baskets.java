package com.shopsight.tools.basket;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Objects;

/** Which baskets to mine and what their items are. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Baskets.CustomerDay.class, name = "customer_day"),
    @JsonSubTypes.Type(value = Baskets.CustomerWindow.class, name = "customer_window"),
    @JsonSubTypes.Type(value = Baskets.Query.class, name = "query")
})
public sealed interface Baskets {

    /**
     * One customer's purchases on one day, H&M having no basket id: the default.
     *
     * @param level what an item is
     * @param from the first day, or null for the start of the data
     * @param to the last day (inclusive), or null for the end of the data
     */
    record CustomerDay(ItemLevel level, LocalDate from, LocalDate to) implements Baskets {
        public CustomerDay {
            Objects.requireNonNull(level, "level");
            checkDates(from, to);
        }

        public static CustomerDay of(ItemLevel level) {
            return new CustomerDay(level, null, null);
        }
    }

    /**
     * Everything one customer bought between two days, as one basket.
     *
     * @param level what an item is
     * @param from the first day, or null for the start of the data
     * @param to the last day (inclusive), or null for the end of the data
     */
    record CustomerWindow(ItemLevel level, LocalDate from, LocalDate to) implements Baskets {
        public CustomerWindow {
            Objects.requireNonNull(level, "level");
            checkDates(from, to);
        }
    }

    /**
     * Any query the SQL gate accepts that returns the columns {@code basket_id} and
     * {@code item}; other columns are ignored, as are rows with a null in either.
     *
     * @param sql one SELECT
     */
    record Query(String sql) implements Baskets {
        public Query {
            Objects.requireNonNull(sql, "sql");
            if (sql.isBlank()) {
                throw new IllegalArgumentException("The basket query is empty; give a SELECT returning basket_id and item");
            }
        }
    }

    private static void checkDates(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The window ends (" + to + ") before it starts (" + from + ")");
        }
    }
}
