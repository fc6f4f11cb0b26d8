package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.basket.BasketParams;
import com.shopsight.tools.basket.BasketResult;
import com.shopsight.tools.basket.BasketTool;
import com.shopsight.tools.basket.Baskets;
import com.shopsight.tools.basket.ItemFilter;
import com.shopsight.tools.basket.Rule;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Answers "what sells with bikini tops?" with the basket tool: rules that start from the item
 * over customer-day baskets (one customer's purchases on one day), at the item's own level;
 * the support threshold is set from how many baskets hold the item (2 % of them, at least 10,
 * as the product report does), counted first through the gate. Without an item, the strongest
 * rules among product types. Conditions on customers or the channel choose the baskets.
 */
final class BasketExecutor implements ToolExecutor {
    static final String TOOL = "basket";
    private static final int DEFAULT_RULES = 10;
    private static final int MIN_PAIR_BASKETS = 10;
    private static final double PAIR_SHARE = 0.02;
    private static final double MIN_CONFIDENCE = 0.02;

    private final SqlGate gate;
    private final SemanticModel model;
    private final Labels labels;
    private final SqlParts parts;
    private final ToolCharts charts;
    private final ObjectMapper json;

    BasketExecutor(SqlGate gate, SemanticModel model, ToolCharts charts, ObjectMapper json) {
        this.gate = gate;
        this.model = model;
        this.labels = new Labels(model);
        this.parts = new SqlParts(model);
        this.charts = charts;
        this.json = json;
    }

    @Override
    public Execution run(SemanticQuery q, String understood, QueryContext context, AnswerListener listener) {
        BasketRequest r = BasketRequest.of(q, model);
        List<String> notices = new ArrayList<>();
        if (!r.leftOut().isEmpty()) {
            notices.add("A basket rule starts from one item, so " + String.join(" and ", r.leftOut().stream()
                    .map(labels::condition).toList()) + (r.leftOut().size() == 1 ? " is" : " are") + " left out.");
        }
        notices.addAll(LeftOut.dimensions(TOOL, q.withDimensions(q.dimensions().stream()
                .filter(d -> !r.itemsAre(d, model)).toList()), labels));
        List<Step> steps = new ArrayList<>();
        int rules = q.limit() == null ? DEFAULT_RULES : Math.min(q.limit(), RankingCorrector.MAX_ROWS);
        BasketParams p = BasketParams.of(baskets(r, q.time())).withMaxRules(rules).withMaxItemsets(0);
        BasketCounts counts = null;
        if (r.item() != null) {
            String countSql = countSql(r, q.time());
            listener.stepStarted("sql", json.createObjectNode().put("sql", countSql));
            long start = System.nanoTime();
            GateResult counted = gate.run(countSql, gate.config().limits().withMaxRows(1), context);
            long ms = (System.nanoTime() - start) / 1_000_000;
            Step step = new Step("sql", json.createObjectNode().put("purpose", "baskets, and those holding the item"), countSql,
                    counted instanceof Rows rows ? rows.rowCount() : null, ms,
                    counted instanceof Rejected rejected ? rejected.describe() : null);
            listener.stepFinished(step);
            steps.add(step);
            if (counted instanceof Rejected rejected) {
                return new Execution("The query counting the baskets did not run: " + rejected.message(), steps, null, null,
                        countSql, notices, false);
            }
            List<Object> row = ((Rows) counted).rows().get(0);
            counts = new BasketCounts(((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue());
            if (counts.withItem() == 0) {
                return new Execution("No basket holds " + labels.condition(r.itemCondition()) + (q.time().isAll() ? ""
                        : " in " + q.time().label()) + ", so nothing sells with it.", steps, null, null, countSql, notices, false);
            }
            long minCount = Math.max(MIN_PAIR_BASKETS, (long) Math.ceil(PAIR_SHARE * counts.withItem()));
            // Half a basket below the count, so that ceil(support x baskets) lands on minCount despite rounding.
            p = new BasketParams(p.baskets(), Math.min(1, (minCount - 0.5) / counts.baskets()), MIN_CONFIDENCE, 2, rules, 0,
                    ItemFilter.sellsWith(r.item()));
        }
        BasketParams params = p;
        JsonNode input = json.valueToTree(params);
        ToolCall<BasketResult> call = ToolCall.run(TOOL, input, listener, () -> new BasketTool(gate).run(params));
        if (call.result() instanceof BasketResult.Failed f) {
            steps.add(call.finish(TOOL, input, List.of(f.sql()), null, f.reason().code() + ": " + f.message(), listener));
            String suggestions = f.suggestions().isEmpty() ? "" : " Closest items: " + String.join(", ", f.suggestions()) + ".";
            return new Execution("I could not find what sells with that: " + f.message() + "."
                    + (f.hint() == null ? "" : " " + f.hint()) + suggestions, steps, null, null, f.sql(), notices, false);
        }
        BasketResult.Mined m = (BasketResult.Mined) call.result();
        Table table = table(m);
        steps.add(call.finish(TOOL, input, List.of(m.sql()), table.rows().size(), null, listener));
        notices.addAll(m.notes());
        String what = r.item() == null ? null : labels.condition(r.itemCondition());
        JsonNode chart = charts.ranking(table, r.item() == null ? "rule" : "consequent", "lift",
                what == null ? "Strongest basket rules by lift" : "What sells with " + what + ": lift");
        return new Execution(BasketText.of(m, what, levelWords(r), counts, r.basketConditions().isEmpty() ? null
                : labels.conditions(r.basketConditions())), steps, table, chart, m.sql(), notices, true);
    }

    /** What an item is, in words: "product types", "colours". */
    private String levelWords(BasketRequest r) {
        return model.dimensions().stream().filter(d -> "articles".equals(d.entity()) && d.column() != null
                && d.column().endsWith("." + r.level().column())).findFirst().map(d -> Labels.plural(d.label()))
                .orElse(r.level().column());
    }

    /** How many baskets there are, and how many hold the item. */
    record BasketCounts(long baskets, long withItem) {}

    /** Customer-day baskets; a query of them when conditions on customers or the channel choose the baskets. */
    private Baskets baskets(BasketRequest r, TimeWindow time) {
        if (r.basketConditions().isEmpty()) {
            return new Baskets.CustomerDay(r.level(), time.from(), time.lastDay());
        }
        return new Baskets.Query("SELECT t.customer_id || '/' || CAST(t.t_dat AS VARCHAR) AS basket_id, a." + r.level().column()
                + " AS item\n" + from(r) + where(r.basketConditions(), time));
    }

    private String countSql(BasketRequest r, TimeWindow time) {
        return "SELECT count(DISTINCT (t.customer_id, t.t_dat)) AS baskets,\n       count(DISTINCT (t.customer_id, t.t_dat))"
                + " FILTER (WHERE " + parts.condition(r.itemCondition()) + ") AS with_item\n" + from(r)
                + where(r.basketConditions(), time);
    }

    private String from(BasketRequest r) {
        SemanticQuery joins = SemanticQuery.of("units").withConditions(r.basketConditions()).withDimensions(List.of("product"));
        return parts.from(joins);
    }

    private String where(List<Condition> conditions, TimeWindow time) {
        List<String> all = new ArrayList<>();
        String dates = SqlParts.time(time);
        if (dates != null) {
            all.add(dates);
        }
        conditions.forEach(c -> all.add(parts.condition(c)));
        return all.isEmpty() ? "" : "\nWHERE " + String.join("\n  AND ", all);
    }

    static Table table(BasketResult.Mined m) {
        List<List<Object>> rows = new ArrayList<>();
        for (Rule r : m.rules()) {
            String antecedent = items(r.antecedent(), m);
            String consequent = items(r.consequent(), m);
            rows.add(Arrays.asList(antecedent + " → " + consequent, antecedent, consequent, r.supportCount(), r.support(),
                    r.confidence(), r.lift(), r.leverage(), r.conviction()));
        }
        return ToolTables.of(List.of("rule VARCHAR", "antecedent VARCHAR", "consequent VARCHAR", "baskets BIGINT",
                "support DOUBLE", "confidence DOUBLE", "lift DOUBLE", "leverage DOUBLE", "conviction DOUBLE"), rows);
    }

    /** Items joined with "+", each with its name when items are articles. */
    static String items(List<String> items, BasketResult.Mined m) {
        return String.join(" + ", items.stream().map(i -> m.labels().containsKey(i) ? i + " " + m.labels().get(i) : i).toList());
    }
}
