package com.shopsight.agent.planner;

import com.shopsight.agent.answer.Table;
import com.shopsight.agent.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the answer text for a query's result in Markdown: the result in words with its key
 * figures, every one of them read from the table the SQL returned.
 */
final class Narrator {
    private static final int LISTED = 10;

    private final SemanticModel model;
    private final Labels labels;
    private final Understanding understanding;

    Narrator(SemanticModel model, Labels labels, Understanding understanding) {
        this.model = model;
        this.labels = labels;
        this.understanding = understanding;
    }

    String narrate(SemanticQuery q, Table t) {
        if (t.rows().isEmpty()) {
            return "No sales match " + scope(q) + ". Try a wider time window or fewer conditions.";
        }
        String text = switch (q.intent()) {
            case KPI -> kpi(q, t);
            case RANKING, BREAKDOWN -> grouped(q, t);
            case SHARE -> share(q, t);
            case SERIES -> series(q, t);
            case COMPARISON -> comparison(q, t);
            case TOOL -> throw new IllegalArgumentException("tool answers are written by their executor");
        };
        if (q.drill() != null) {
            text = "**Why " + q.drill().focus() + "?** Broken down by " + labels.dimension(q.drill().by()) + ":\n\n" + text;
        }
        return text;
    }

    private String kpi(SemanticQuery q, Table t) {
        if (t.rows().get(0).stream().allMatch(v -> v == null || v instanceof Number n && n.doubleValue() == 0)) {
            return "No sales match " + scope(q) + ": the figure is 0. Try a wider time window or fewer conditions.";
        }
        List<String> figures = new ArrayList<>();
        for (String m : q.metrics()) {
            figures.add("**" + figure(m, t.rows().get(0).get(col(t, m))) + "** " + labels.metric(m));
        }
        // Customers and articles are counted as they are now: no time window applies.
        boolean ownTable = !model.metric(q.metric()).orElseThrow().overFacts();
        String where = ownTable ? (q.conditions().isEmpty() ? "" : ", " + labels.conditions(q.conditions()))
                : ", " + scope(q);
        return String.join(" and ", figures) + where + ".";
    }

    private String grouped(SemanticQuery q, Table t) {
        String dim = q.dimensions().get(0);
        StringBuilder sb = new StringBuilder();
        if (q.intent() == Intent.RANKING) {
            sb.append(q.ascending() ? "Bottom " : "Top ").append(t.rows().size()).append(' ')
                    .append(labels.dimensions(dim)).append(" by ").append(labels.metric(q.metric()));
        } else if (q.dimensions().size() > 1) {
            sb.append(capital(labels.metric(q.metric()))).append(" by ").append(String.join(" and ",
                    q.dimensions().stream().map(labels::dimension).toList())).append(", ").append(t.rows().size())
                    .append(t.rows().size() == 1 ? " row" : " rows");
        } else {
            sb.append(capital(labels.metric(q.metric()))).append(" by ").append(labels.dimension(dim)).append(", ")
                    .append(t.rows().size()).append(' ').append(t.rows().size() == 1 ? labels.dimension(dim) : labels.dimensions(dim));
        }
        sb.append(", ").append(scope(q)).append(":\n\n");
        int shareCol = t.indexOf("share");
        for (int i = 0; i < Math.min(LISTED, t.rows().size()); i++) {
            List<Object> row = t.rows().get(i);
            sb.append(i + 1).append(". **").append(name(q, t, row)).append("** — ")
                    .append(figure(q.metric(), row.get(col(t, q.metric()))));
            for (String other : q.metrics().subList(1, q.metrics().size())) {
                sb.append(", ").append(figure(other, row.get(col(t, other)))).append(' ').append(labels.metric(other));
            }
            if (shareCol >= 0) {
                sb.append(" (").append(Numbers.percent(row.get(shareCol)))
                        .append(q.drill() != null ? " of " + q.drill().focus() + ")" : ")");
            }
            sb.append('\n');
        }
        if (t.rows().size() > LISTED) {
            sb.append("\n…and ").append(t.rows().size() - LISTED).append(" more in the table.\n");
        }
        return sb.toString().strip();
    }

    private String share(SemanticQuery q, Table t) {
        String part = labels.condition(q.sharePart());
        int partCol = t.indexOf(Labels.column(part));
        int share = t.indexOf("share");
        int total = t.indexOf("total");
        if (q.dimensions().isEmpty()) {
            List<Object> row = t.rows().get(0);
            return "Share of " + labels.metric(q.metric()) + " from " + part + ": **" + Numbers.percent(row.get(share))
                    + "** (" + figure(q.metric(), row.get(partCol)) + " of " + figure(q.metric(), row.get(total)) + "), "
                    + scope(q) + ".";
        }
        List<Object> high = t.rows().get(0);
        List<Object> low = t.rows().get(t.rows().size() - 1);
        return "Share of " + labels.metric(q.metric()) + " that is " + part + ", by "
                + labels.dimension(q.dimensions().get(0)) + ", " + scope(q) + ": highest for **" + name(q, t, high)
                + "** (" + Numbers.percent(high.get(share)) + "), lowest for **" + name(q, t, low) + "** ("
                + Numbers.percent(low.get(share)) + ").";
    }

    private String series(SemanticQuery q, Table t) {
        String dim = q.dimensions().stream().filter(TimeDimensions::isTime).findFirst().orElseThrow();
        int period = t.indexOf(Labels.column(labels.dimension(dim)));
        int metric = col(t, q.metric());
        List<Object> high = t.rows().get(0);
        List<Object> low = t.rows().get(0);
        for (List<Object> row : t.rows()) {
            if (number(row.get(metric)) > number(high.get(metric))) {
                high = row;
            }
            if (number(row.get(metric)) < number(low.get(metric))) {
                low = row;
            }
        }
        List<Object> last = t.rows().get(t.rows().size() - 1);
        String unit = labels.dimension(dim);
        StringBuilder sb = new StringBuilder(capital(labels.metric(q.metric()))).append(" by ").append(unit)
                .append(", ").append(scope(q)).append(": ").append(t.rows().size()).append(' ')
                .append(t.rows().size() == 1 ? unit : Labels.plural(unit)).append(" from ")
                .append(Periods.name(dim, t.rows().get(0).get(period))).append(" to ").append(Periods.name(dim, last.get(period)))
                .append(". Highest **").append(figure(q.metric(), high.get(metric))).append("** (")
                .append(Periods.name(dim, high.get(period))).append("), lowest **").append(figure(q.metric(), low.get(metric)))
                .append("** (").append(Periods.name(dim, low.get(period))).append("), latest ")
                .append(figure(q.metric(), last.get(metric))).append(" (").append(Periods.name(dim, last.get(period))).append(')');
        int change = t.indexOf("change");
        if (change >= 0 && last.get(change) != null) {
            sb.append(", ").append(Numbers.change(last.get(change))).append(" on the ").append(unit).append(" before");
        }
        sb.append('.');
        if (q.dimensions().size() > 1) {
            sb.append(" One line per ").append(labels.dimension(q.dimensions().get(1))).append(" in the table.");
        }
        return sb.toString();
    }

    private String comparison(SemanticQuery q, Table t) {
        List<Side> sides = q.comparison();
        int change = t.indexOf("change");
        if (q.dimensions().isEmpty()) {
            List<Object> row = t.rows().get(0);
            List<String> figures = new ArrayList<>();
            for (Side s : sides) {
                figures.add(sideName(s) + ": **" + figure(q.metric(), row.get(t.indexOf(Labels.column(s.label()))))
                        + "**");
            }
            StringBuilder sb = new StringBuilder(capital(labels.metric(q.metric()))).append(", ")
                    .append(scopeWithoutTime(q)).append(" — ").append(String.join("; ", figures));
            if (change >= 0 && row.get(change) instanceof Number n) {
                int measured = Side.measured(sides);
                sb.append(" — ").append(sides.get(measured).label()).append(" is ")
                        .append(Numbers.percent(Math.abs(n.doubleValue()))).append(n.doubleValue() >= 0 ? " above " : " below ")
                        .append(sides.get(1 - measured).label());
            }
            return sb.append('.').toString();
        }
        StringBuilder sb = new StringBuilder(capital(labels.metric(q.metric()))).append(", ")
                .append(String.join(" vs ", sides.stream().map(this::sideName).toList())).append(", by ")
                .append(labels.dimension(q.dimensions().get(0))).append(", ").append(scopeWithoutTime(q))
                .append(q.growth() && !TimeDimensions.isTime(q.dimensions().get(0)) ? ", largest change first"
                        : q.limit() != null ? ", largest first" : "").append(":\n\n");
        for (int i = 0; i < Math.min(LISTED, t.rows().size()); i++) {
            List<Object> row = t.rows().get(i);
            sb.append(i + 1).append(". **").append(name(q, t, row)).append("** — ");
            List<String> figures = new ArrayList<>();
            for (Side s : sides) {
                figures.add(s.label() + " " + figure(q.metric(), row.get(t.indexOf(Labels.column(s.label())))));
            }
            sb.append(String.join(", ", figures));
            if (change >= 0) {
                sb.append(" (").append(Numbers.change(row.get(change))).append(')');
            }
            sb.append('\n');
        }
        if (t.rows().size() > LISTED) {
            sb.append("\n…and ").append(t.rows().size() - LISTED).append(" more in the table.\n");
        }
        return sb.toString().strip();
    }

    private String sideName(Side s) {
        return s.time() != null ? understanding.window(s.time()) : s.label();
    }

    /** The name of a row: its dimension values ("Trousers"; a product with its id and colour). */
    private String name(SemanticQuery q, Table t, List<Object> row) {
        List<String> names = new ArrayList<>();
        for (String d : q.dimensions()) {
            if (d.equals("product")) {
                names.add(row.get(t.indexOf("product")) + " (" + row.get(t.indexOf("article_id")) + ", "
                        + row.get(t.indexOf("colour")) + ")");
                continue;
            }
            int i = t.indexOf(Labels.column(labels.dimension(d)));
            if (i < 0) {
                i = t.indexOf(Labels.column(labels.dimension(d) + " of year"));
            }
            names.add(TimeDimensions.isTime(d) ? Periods.name(d, row.get(i)) : String.valueOf(row.get(i)));
        }
        return String.join(", ", names);
    }

    private String scope(SemanticQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.cut() != null) {
            parts.add(labels.cut(q.cut()));
        }
        if (!q.conditions().isEmpty()) {
            parts.add(labels.conditions(q.conditions()));
        }
        parts.add(understanding.window(q.time()));
        return String.join(", ", parts);
    }

    private String scopeWithoutTime(SemanticQuery q) {
        boolean timeSides = q.comparison().stream().anyMatch(s -> s.time() != null);
        if (!timeSides) {
            return scope(q);
        }
        return q.conditions().isEmpty() ? "all customers and products" : labels.conditions(q.conditions());
    }

    private String figure(String metric, Object value) {
        return Numbers.format(value, model.metric(metric).map(SemanticModel.Metric::format).orElse("integer"));
    }

    private int col(Table t, String metric) {
        return t.indexOf(Labels.column(labels.metric(metric)));
    }

    private static double number(Object v) {
        return v instanceof Number n ? n.doubleValue() : Double.NEGATIVE_INFINITY;
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
