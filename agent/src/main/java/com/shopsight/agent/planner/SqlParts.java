package com.shopsight.agent.planner;

import com.shopsight.agent.semantic.SemanticModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The SQL fragments of a query, each taken from the semantic model: metric aggregates,
 * dimension expressions, conditions with learned values as quoted literals, date bounds,
 * and the joins they need.
 */
final class SqlParts {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    /** Words an alias cannot be bare in DuckDB's grammar. */
    private static final Set<String> RESERVED = Set.of("order", "group", "select", "from", "where", "limit", "by",
            "and", "or", "not", "as", "case", "when", "end", "in", "is", "all");

    private final SemanticModel model;

    SqlParts(SemanticModel model) {
        this.model = model;
    }

    /** A column alias, quoted unless it is a plain lower-case word that is not a keyword. */
    static String ident(String name) {
        return PLAIN.matcher(name).matches() && !RESERVED.contains(name) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String date(LocalDate d) {
        return "DATE '" + d + "'";
    }

    String metric(String name) {
        return model.metric(name).orElseThrow().sql();
    }

    /** The expression of a dimension; periods are whole dates ("2020-06-15"), not timestamps. */
    String dimension(String name) {
        SemanticModel.Dimension d = model.dimension(name).orElseThrow();
        String e = d.expression().strip();
        return e.startsWith("date_trunc(") ? "CAST(" + e + " AS DATE)" : e;
    }

    /** A dimension's expression when periods are aligned across years: the month or week number. */
    String periodOfYear(String name) {
        return switch (name) {
            case "month" -> "month(t.t_dat)";
            case "week" -> "week(t.t_dat)";
            case "day" -> "dayofyear(t.t_dat)";
            default -> dimension(name);
        };
    }

    String condition(Condition c) {
        if (c instanceof Condition.Named n) {
            String sql = model.filter(n.name()).orElseThrow().sql();
            return n.negated() ? "NOT (" + sql + ")" : sql;
        }
        if (c instanceof Condition.Values v) {
            String e = dimension(v.dimension());
            String list = String.join(", ", v.values().stream().map(SqlParts::literal).toList());
            String in = v.values().size() == 1 ? e + " = " + literal(v.values().get(0)) : e + " IN (" + list + ")";
            if (!v.negated()) {
                return in;
            }
            return "(" + e + " IS NULL OR " + (v.values().size() == 1 ? e + " <> " + literal(v.values().get(0))
                    : e + " NOT IN (" + list + ")") + ")";
        }
        Condition.Ages a = (Condition.Ages) c;
        List<String> parts = new ArrayList<>();
        if (a.min() != null) {
            parts.add("c.age >= " + a.min());
        }
        if (a.max() != null) {
            parts.add("c.age < " + a.max());
        }
        return String.join(" AND ", parts);
    }

    /** The date bounds of a window, or null for all time. */
    static String time(TimeWindow w) {
        List<String> parts = new ArrayList<>();
        if (w.from() != null) {
            parts.add("t.t_dat >= " + date(w.from()));
        }
        if (w.until() != null) {
            parts.add("t.t_dat < " + date(w.until()));
        }
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** The SQL of one side of a comparison. */
    String side(Side s) {
        return s.condition() != null ? condition(s.condition()) : time(s.time());
    }

    /** The entities (articles, customers) a query's parts need joined to the fact table. */
    Set<String> entities(SemanticQuery q) {
        Set<String> out = new LinkedHashSet<>();
        q.dimensions().forEach(d -> add(out, model.dimension(d).orElseThrow().entity()));
        List<Condition> all = new ArrayList<>(q.conditions());
        if (q.sharePart() != null) {
            all.add(q.sharePart());
        }
        q.comparison().stream().filter(s -> s.condition() != null).forEach(s -> all.add(s.condition()));
        for (Condition c : all) {
            if (c instanceof Condition.Ages) {
                out.add("customers");
            } else if (c instanceof Condition.Named n) {
                add(out, model.filter(n.name()).orElseThrow().entity());
            } else {
                add(out, model.dimension(((Condition.Values) c).dimension()).orElseThrow().entity());
            }
        }
        return out;
    }

    /** FROM and JOINs: the fact table with what it needs, or the one table a count is over. */
    String from(SemanticQuery q) {
        SemanticModel.Metric m = model.metric(q.metric()).orElseThrow();
        if (!m.overFacts()) {
            SemanticModel.Entity e = model.entity(m.table()).orElseThrow();
            return "FROM " + e.name() + " " + e.alias();
        }
        StringBuilder sb = new StringBuilder("FROM " + model.fact().table() + " " + model.fact().alias());
        for (String name : List.of("articles", "customers")) {
            if (entities(q).contains(name)) {
                sb.append('\n').append(model.entity(name).orElseThrow().join());
            }
        }
        return sb.toString();
    }

    /** WHERE with the query's conditions and dates (when sides do not carry their own), or "". */
    String where(SemanticQuery q, List<String> extra) {
        List<String> parts = new ArrayList<>();
        boolean timeSides = q.comparison().stream().anyMatch(s -> s.time() != null);
        String t = timeSides || !model.metric(q.metric()).orElseThrow().overFacts() ? null : time(q.time());
        if (t != null) {
            parts.add(t);
        }
        q.conditions().forEach(c -> parts.add(condition(c)));
        parts.addAll(extra);
        return parts.isEmpty() ? "" : "\nWHERE " + String.join("\n  AND ", parts);
    }

    /** ORDER BY terms that put a dimension in its natural order (age bands, channels, weekdays) or by name. */
    String natural(String dimension, String alias) {
        List<String> order = model.dimension(dimension).orElseThrow().order();
        if (order.isEmpty()) {
            return alias;
        }
        StringBuilder sb = new StringBuilder("CASE " + alias);
        for (int i = 0; i < order.size(); i++) {
            sb.append(" WHEN ").append(literal(order.get(i))).append(" THEN ").append(i);
        }
        return sb.append(" END").toString();
    }

    private static void add(Set<String> out, String entity) {
        if (entity != null) {
            out.add(entity);
        }
    }
}
