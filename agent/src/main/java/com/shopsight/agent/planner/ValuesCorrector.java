package com.shopsight.agent.planner;

import java.util.List;

/**
 * Shows values named together one by one: "sales of dresses and skirts" is the units of each,
 * grouped by product type, rather than one figure for both.
 */
final class ValuesCorrector implements Corrector {
    @Override
    public SemanticQuery correct(SemanticQuery q) {
        if (q.intent() != Intent.KPI) {
            return q;
        }
        for (Condition c : q.conditions()) {
            if (c instanceof Condition.Values v && !v.negated() && v.values().size() > 1) {
                return q.withDimensions(List.of(v.dimension())).reshaped();
            }
        }
        return q;
    }
}
