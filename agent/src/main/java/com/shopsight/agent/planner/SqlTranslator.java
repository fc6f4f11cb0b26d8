package com.shopsight.agent.planner;

import com.shopsight.agent.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one SELECT per query from the semantic model: aggregates from its metrics, groups
 * from its dimensions, conditions from its filters and learned values, dates as literals
 * resolved against the data's latest day. Rankings break ties by the key, ascending.
 */
final class SqlTranslator implements Translator {
    private final SqlParts parts;
    private final Labels labels;

    SqlTranslator(SemanticModel model) {
        this.parts = new SqlParts(model);
        this.labels = new Labels(model);
    }

    /** A grouping column: its expression, its alias, and how it sorts naturally. */
    private record Group(String expression, String alias, String natural) {}

    @Override
    public Translation translate(SemanticQuery q) {
        String sql = switch (q.intent()) {
            case KPI -> kpi(q);
            case RANKING, BREAKDOWN -> grouped(q);
            case SHARE -> share(q);
            case SERIES -> series(q);
            case COMPARISON -> comparison(q);
            case TOOL -> throw new IllegalArgumentException("a tool question has no SQL of its own");
        };
        return new Translation(sql);
    }

    private String kpi(SemanticQuery q) {
        return "SELECT " + String.join(", ", metricColumns(q)) + "\n" + parts.from(q) + parts.where(q, List.of());
    }

    private String grouped(SemanticQuery q) {
        List<Group> groups = groups(q, false);
        List<String> select = new ArrayList<>(groups.stream().map(g -> g.expression() + " AS " + g.alias()).toList());
        select.addAll(metricColumns(q));
        String first = parts.metric(q.metric());
        if (q.share()) {
            select.add(first + " / SUM(" + first + ") OVER () AS share");
        }
        List<String> order = new ArrayList<>();
        String metricAlias = SqlParts.ident(Labels.column(labels.metric(q.metric())));
        if (q.intent() == Intent.RANKING || q.ascending()
                || groups.size() == 1 && groups.get(0).natural().equals(groups.get(0).alias())) {
            order.add(metricAlias + (q.ascending() ? " ASC" : " DESC"));
            groups.forEach(g -> order.add(g.alias() + " ASC"));
        } else {
            groups.forEach(g -> order.add(g.natural()));
            order.add(metricAlias + " DESC");
        }
        String having = q.cut() == null ? ""
                : "\nHAVING " + parts.metric(q.cut().metric()) + " " + q.cut().operator() + " " + q.cut().value();
        return select(select) + parts.from(q) + parts.where(q, List.of()) + groupBy(groups) + having + "\nORDER BY "
                + String.join(", ", order) + limit(q);
    }

    private String share(SemanticQuery q) {
        List<Group> groups = groups(q, false);
        String m = parts.metric(q.metric());
        String part = parts.condition(q.sharePart());
        String partAlias = SqlParts.ident(Labels.column(labels.condition(q.sharePart())));
        String partMetric = m + " FILTER (WHERE " + part + ")";
        List<String> select = new ArrayList<>(groups.stream().map(g -> g.expression() + " AS " + g.alias()).toList());
        select.add(partMetric + " AS " + partAlias);
        select.add(m + " AS total");
        select.add(partMetric + " / NULLIF(" + m + ", 0) AS share");
        String order = "";
        if (!groups.isEmpty()) {
            boolean time = TimeDimensions.isTime(q.dimensions().get(0));
            order = "\nORDER BY " + (time ? "" : "share DESC, ") + String.join(", ", groups.stream().map(Group::natural).toList());
        }
        return select(select) + parts.from(q) + parts.where(q, List.of()) + groupBy(groups) + order + limit(q);
    }

    private String series(SemanticQuery q) {
        List<Group> groups = groups(q, false);
        List<String> select = new ArrayList<>(groups.stream().map(g -> g.expression() + " AS " + g.alias()).toList());
        select.addAll(metricColumns(q));
        if (q.growth()) {
            String m = parts.metric(q.metric());
            List<Group> others = groups.subList(1, groups.size());
            String partition = others.isEmpty() ? "" : "PARTITION BY " + String.join(", ",
                    others.stream().map(Group::expression).toList()) + " ";
            select.add(m + " / lag(" + m + ") OVER (" + partition + "ORDER BY " + groups.get(0).expression()
                    + ") - 1 AS change");
        }
        return select(select) + parts.from(q) + parts.where(q, List.of()) + groupBy(groups) + "\nORDER BY "
                + String.join(", ", groups.stream().map(Group::natural).toList());
    }

    private String comparison(SemanticQuery q) {
        boolean timeSides = q.comparison().stream().anyMatch(s -> s.time() != null);
        List<Group> groups = groups(q, timeSides);
        String m = parts.metric(q.metric());
        List<String> select = new ArrayList<>(groups.stream().map(g -> g.expression() + " AS " + g.alias()).toList());
        List<String> sides = new ArrayList<>();
        for (Side s : q.comparison()) {
            String sql = parts.side(s);
            sides.add(sql);
            select.add(m + " FILTER (WHERE " + sql + ") AS " + SqlParts.ident(Labels.column(s.label())));
        }
        boolean two = sides.size() == 2;
        if (two) {
            int measured = Side.measured(q.comparison());
            select.add(m + " FILTER (WHERE " + sides.get(measured) + ") / NULLIF(" + m + " FILTER (WHERE "
                    + sides.get(1 - measured) + "), 0) - 1 AS change");
        }
        String any = "(" + String.join(" OR ", sides.stream().map(s -> "(" + s + ")").toList()) + ")";
        String order = "";
        if (!groups.isEmpty()) {
            List<String> terms = new ArrayList<>();
            boolean byPeriod = TimeDimensions.isTime(q.dimensions().get(0));
            if (two && q.growth() && !byPeriod) {
                terms.add("change " + (q.ascending() ? "ASC" : "DESC") + " NULLS LAST");
            } else if (!byPeriod && q.limit() != null) {
                // "top 5 products, online vs in store": the largest across the sides first.
                terms.add(m + (q.ascending() ? " ASC" : " DESC"));
            } else if (!byPeriod && groups.get(0).natural().equals(groups.get(0).alias())) {
                terms.add(SqlParts.ident(Labels.column(q.comparison().get(0).label())) + " DESC");
            }
            groups.forEach(g -> terms.add(g.natural()));
            order = "\nORDER BY " + String.join(", ", terms);
        }
        return select(select) + parts.from(q) + parts.where(q, List.of(any)) + groupBy(groups) + order + limit(q);
    }

    /** The grouping columns; a product is its article id, name and colour. */
    private List<Group> groups(SemanticQuery q, boolean alignYears) {
        List<Group> out = new ArrayList<>();
        for (String d : q.dimensions()) {
            if (d.equals("product")) {
                out.add(new Group("a.article_id", "article_id", "article_id"));
                out.add(new Group("a.prod_name", "product", "product"));
                out.add(new Group("a.colour_group_name", "colour", "colour"));
                continue;
            }
            boolean aligned = alignYears && TimeDimensions.isTime(d) && !d.equals("year");
            String alias = SqlParts.ident(Labels.column(aligned ? labels.dimension(d) + " of year" : labels.dimension(d)));
            String expression = aligned ? parts.periodOfYear(d) : parts.dimension(d);
            out.add(new Group(expression, alias, TimeDimensions.isTime(d) ? alias : parts.natural(d, alias)));
        }
        return out;
    }

    private List<String> metricColumns(SemanticQuery q) {
        return q.metrics().stream().map(m -> parts.metric(m) + " AS " + SqlParts.ident(Labels.column(labels.metric(m))))
                .toList();
    }

    private static String select(List<String> columns) {
        return "SELECT " + String.join(",\n       ", columns) + "\n";
    }

    private static String groupBy(List<Group> groups) {
        return groups.isEmpty() ? "" : "\nGROUP BY " + String.join(", ", groups.stream().map(Group::expression).toList());
    }

    private static String limit(SemanticQuery q) {
        return q.limit() == null ? "" : "\nLIMIT " + q.limit();
    }
}
