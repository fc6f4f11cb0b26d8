package com.shopsight.tools.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads meaning from identifiers: words of a snake_case or camelCase name, singular nouns. */
final class Names {
    private Names() {}

    /** Lower-case words: {@code customerId} and {@code customer_id} both give [customer, id]. */
    static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[^A-Za-z0-9]+", " ");
        return Arrays.stream(spaced.trim().toLowerCase(Locale.ROOT).split(" ")).filter(w -> !w.isEmpty()).toList();
    }

    /** The name as plain words: {@code published_on} gives "published on". */
    static String phrase(String name) {
        return String.join(" ", words(name));
    }

    static String last(String name) {
        List<String> w = words(name);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /** A table name as the thing one row is: {@code categories} gives "category". */
    static String entity(String table) {
        String t = phrase(table);
        if (t.endsWith("ies")) {
            return t.substring(0, t.length() - 3) + "y";
        }
        if (t.endsWith("sses") || t.endsWith("xes") || t.endsWith("ches") || t.endsWith("shes")) {
            return t.substring(0, t.length() - 2);
        }
        if (t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && !t.endsWith("is")) {
            return t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** The entity as it appears inside column names: "order item" gives "order_item". */
    static String entityToken(String table) {
        return entity(table).replace(' ', '_');
    }
}
