package com.shopsight.agent.planner;

import com.shopsight.agent.semantic.SemanticModel;
import java.util.List;

/** Names the parts of a query in the words of the semantic model, for answers and "understood". */
final class Labels {
    private final SemanticModel model;

    Labels(SemanticModel model) {
        this.model = model;
    }

    String metric(String name) {
        return model.metric(name).map(SemanticModel.Metric::label).orElse(name);
    }

    String dimension(String name) {
        return model.dimension(name).map(SemanticModel.Dimension::label).orElse(name);
    }

    /** "product types", "categories", "index groups". */
    String dimensions(String name) {
        return plural(dimension(name));
    }

    String condition(Condition c) {
        if (c instanceof Condition.Named n) {
            String label = model.filter(n.name()).map(SemanticModel.Filter::label).orElse(n.name());
            return n.negated() ? "not " + label : label;
        }
        if (c instanceof Condition.Values v) {
            String values = String.join(" or ", v.values());
            return (v.negated() ? "not " : "") + dimension(v.dimension()) + " " + values;
        }
        Condition.Ages a = (Condition.Ages) c;
        if (a.min() == null) {
            return "customers under " + a.max();
        }
        if (a.max() == null) {
            return "customers aged " + a.min() + " and over";
        }
        return a.max() == a.min() + 1 ? "customers aged " + a.min() : "customers aged " + a.min() + " to " + (a.max() - 1);
    }

    /** A cut on a figure in words: "with buyers over 500". */
    String cut(Cut c) {
        return "with " + metric(c.metric()) + " " + c.words();
    }

    String conditions(List<Condition> cs) {
        return String.join(", ", cs.stream().map(this::condition).toList());
    }

    /** A column name for a label: lower case, words joined by underscores ("units sold" -> units_sold). */
    static String column(String label) {
        String s = label.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return s.isEmpty() ? "value" : s;
    }

    static String plural(String label) {
        if (label.endsWith("y") && label.length() > 1 && "aeiou".indexOf(label.charAt(label.length() - 2)) < 0) {
            return label.substring(0, label.length() - 1) + "ies";
        }
        if (label.endsWith("s") || label.endsWith("x") || label.endsWith("ch")) {
            return label + "es";
        }
        return label + "s";
    }
}
