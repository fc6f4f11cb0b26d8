package com.shopsight.agent.planner;

import com.shopsight.agent.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts customers or articles over their own table only when every condition and dimension
 * is about that table; otherwise the question is about sales: customers become buyers
 * ("customers by product type" counts who bought) and articles become units sold.
 */
final class EntityCorrector implements Corrector {
    private final SemanticModel model;

    EntityCorrector(SemanticModel model) {
        this.model = model;
    }

    @Override
    public SemanticQuery correct(SemanticQuery q) {
        if (q.intent() == Intent.TOOL || q.metrics().stream().allMatch(m -> model.metric(m).orElseThrow().overFacts())) {
            return q;
        }
        Set<String> out = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        for (String m : q.metrics()) {
            SemanticModel.Metric metric = model.metric(m).orElseThrow();
            if (metric.overFacts() || (q.metrics().size() == 1 && onlyAbout(metric.table(), q))) {
                out.add(m);
            } else {
                String sales = metric.table().equals("customers") ? "buyers" : "units";
                out.add(sales);
                notes.add("Counted " + model.metric(sales).orElseThrow().label() + " rather than "
                        + metric.label() + ", since the question is about sales.");
            }
        }
        SemanticQuery corrected = q.withMetrics(new ArrayList<>(out));
        for (String n : notes) {
            corrected = corrected.noting(n);
        }
        return corrected.reshaped();
    }

    /** Whether every part of the query is about rows of {@code table} (customers or articles). */
    private boolean onlyAbout(String table, SemanticQuery q) {
        if (!q.time().isAll() || !q.comparison().isEmpty() || q.sharePart() != null && !about(table, q.sharePart())) {
            return false;
        }
        for (String d : q.dimensions()) {
            if (!table.equals(model.dimension(d).orElseThrow().entity())) {
                return false;
            }
        }
        return q.conditions().stream().allMatch(c -> about(table, c));
    }

    private boolean about(String table, Condition c) {
        if (c instanceof Condition.Ages) {
            return table.equals("customers");
        }
        if (c instanceof Condition.Named n) {
            return table.equals(model.filter(n.name()).orElseThrow().entity());
        }
        return table.equals(model.dimension(((Condition.Values) c).dimension()).orElseThrow().entity());
    }
}
