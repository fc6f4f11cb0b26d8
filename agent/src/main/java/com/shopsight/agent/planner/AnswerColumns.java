package com.shopsight.agent.planner;

import com.shopsight.agent.answer.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Chooses which columns of a query's result the answer's table shows: the figures the
 * question asked for. The SQL still returns the figures around them (a share's part and
 * whole, a comparison's change), and the answer text states them, read from the same rows;
 * as extra table columns they would only crowd what was asked.
 * <ul>
 *   <li>"what share of sales is online": the share; the part and the whole are in the text.
 *   <li>"share of units by index group": each group's share; the units are in the text. Drawn as
 *       a chart ("pie chart of sales by channel"), the table holds the figures the chart draws,
 *       and the text gives each slice's share.
 *   <li>"online vs in store", "revenue this year vs last year": the sides; the change is in the
 *       text. Periods compared group by group ("2019 vs 2020 for each index group"), and rows
 *       ordered by their change ("which product types grew the most"), keep the change: per
 *       group it is the comparison a reader scans for, too many figures to say in words.
 * </ul>
 */
final class AnswerColumns {
    private AnswerColumns() {}

    /** The table to show for {@code q} from the rows its SQL returned; never null. */
    static Table of(SemanticQuery q, Table result, Labels labels) {
        List<String> dropped = new ArrayList<>();
        if (q.intent() == Intent.SHARE) {
            dropped.add(Labels.column(labels.condition(q.sharePart())));
            dropped.add("total");
        } else if ((q.intent() == Intent.BREAKDOWN || q.intent() == Intent.RANKING) && q.share() && q.drill() == null) {
            boolean arc = q.metrics().size() == 1 && q.dimensions().size() == 1;
            if (q.chart() && arc) {
                dropped.add("share");
            } else if (!q.chart() && q.metrics().size() == 1) {
                dropped.add(Labels.column(labels.metric(q.metric())));
            }
        } else if (q.intent() == Intent.COMPARISON && !changeByGroup(q)) {
            dropped.add("change");
        }
        return without(result, dropped);
    }

    /**
     * Whether the change is a column of its own: group by group, between periods, or when the
     * rows are ordered by it ("which product types grew the most", the "why?" of a comparison).
     */
    private static boolean changeByGroup(SemanticQuery q) {
        boolean periods = q.comparison().stream().anyMatch(s -> s.time() != null);
        return !q.dimensions().isEmpty() && (periods || q.growth() || q.drill() != null);
    }

    private static Table without(Table t, List<String> names) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < t.width(); i++) {
            String name = t.columns().get(i).name();
            if (names.stream().noneMatch(name::equalsIgnoreCase)) {
                kept.add(i);
            }
        }
        if (kept.size() == t.width() || kept.isEmpty()) {
            return t;
        }
        List<Table.Column> columns = kept.stream().map(t.columns()::get).toList();
        List<List<Object>> rows = new ArrayList<>(t.rows().size());
        for (List<Object> row : t.rows()) {
            List<Object> out = new ArrayList<>(kept.size());
            kept.forEach(i -> out.add(row.get(i)));
            rows.add(out);
        }
        return new Table(columns, rows);
    }
}
