package com.shopsight.agent.planner;

import com.shopsight.agent.semantic.SemanticModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives a ranking something to rank and keeps it readable: "top sellers" without a dimension
 * ranks products; a dimension fixed to one value by a condition ("top product types among
 * trousers") is replaced by the level below it; a breakdown of thousands of products becomes
 * the top 10; a limit stays within the gate's row cap. A breakdown by any other dimension
 * ("average price by department") lists every group: a cut is for a ranking ("top 5").
 */
final class RankingCorrector implements Corrector {
    static final int MAX_ROWS = 1000;
    private static final int DEFAULT_TOP = 10;
    /** Dimensions with more values than a breakdown can show (tens of thousands of articles). */
    private static final List<String> MANY_VALUED = List.of("product");

    private final SemanticModel model;
    private final Labels labels;

    RankingCorrector(SemanticModel model) {
        this.model = model;
        this.labels = new Labels(model);
    }

    @Override
    public SemanticQuery correct(SemanticQuery q) {
        if (q.intent() == Intent.TOOL || q.intent() == Intent.KPI && q.limit() == null) {
            return q;
        }
        SemanticQuery out = q;
        if (q.limit() != null && q.dimensions().isEmpty() && q.sharePart() == null) {
            out = out.withDimensions(List.of("product"));
        }
        out = belowFixedValues(out);
        if (out.intent() == Intent.BREAKDOWN || out.reshaped().intent() == Intent.BREAKDOWN) {
            if (out.limit() == null && out.dimensions().size() == 1 && MANY_VALUED.contains(out.dimensions().get(0))) {
                out = out.withRanking(DEFAULT_TOP, out.ascending()).noting("Showing the top " + DEFAULT_TOP + " "
                        + labels.dimensions(out.dimensions().get(0)) + "; ask for \"top 50\" to see more.");
            }
        }
        if (out.limit() != null && out.limit() > MAX_ROWS) {
            out = out.withRanking(MAX_ROWS, out.ascending()).noting("Showing at most " + MAX_ROWS + " rows.");
        }
        return out.reshaped();
    }

    /** A dimension fixed to one value by a condition adds nothing: group by the level below it. */
    private SemanticQuery belowFixedValues(SemanticQuery q) {
        List<String> dims = new ArrayList<>(q.dimensions());
        boolean changed = false;
        for (int i = 0; i < dims.size(); i++) {
            String d = dims.get(i);
            boolean fixed = q.conditions().stream().anyMatch(c -> c instanceof Condition.Values v
                    && v.dimension().equals(d) && !v.negated() && v.values().size() == 1);
            String below = model.dimension(d).map(SemanticModel.Dimension::drill).orElse(null);
            if (fixed && below != null && !dims.contains(below) && q.comparison().isEmpty()) {
                dims.set(i, below);
                changed = true;
            }
        }
        return changed ? q.withDimensions(dims).reshaped() : q;
    }
}
