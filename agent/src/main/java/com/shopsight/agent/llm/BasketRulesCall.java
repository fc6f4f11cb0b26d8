package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.basket.BasketParams;
import com.shopsight.tools.basket.BasketResult;
import com.shopsight.tools.basket.BasketTool;
import com.shopsight.tools.basket.Baskets;
import com.shopsight.tools.basket.ItemFilter;
import com.shopsight.tools.basket.ItemLevel;
import com.shopsight.tools.basket.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code basket_rules}: what sells together, as association rules over customer-day baskets. */
final class BasketRulesCall implements LlmTool {
    static final int MAX_RULES = 100;

    private final BasketTool tool;

    BasketRulesCall(BasketTool tool) {
        this.tool = tool;
    }

    @Override
    public String name() {
        return "basket_rules";
    }

    @Override
    public List<ToolParam> params() {
        return List.of(ToolParam.optional("level", ToolParam.Type.STRING), ToolParam.optional("item", ToolParam.Type.STRING),
                ToolParam.oneOf("side", false, List.of("antecedent", "consequent", "either")),
                ToolParam.optional("from", ToolParam.Type.STRING), ToolParam.optional("to", ToolParam.Type.STRING),
                ToolParam.optional("min_support", ToolParam.Type.NUMBER),
                ToolParam.optional("min_confidence", ToolParam.Type.NUMBER),
                ToolParam.optional("max_rules", ToolParam.Type.INTEGER));
    }

    @Override
    public ToolOutcome call(Args args, Session session) {
        String level = args.text("level");
        Baskets baskets = new Baskets.CustomerDay(level == null ? ItemLevel.PRODUCT_TYPE : ItemLevel.parse(level),
                args.date("from"), args.date("to"));
        int maxRules = args.integer("max_rules", 20);
        if (maxRules < 1 || maxRules > MAX_RULES) {
            throw new IllegalArgumentException("'max_rules' must be between 1 and " + MAX_RULES);
        }
        BasketParams p = BasketParams.of(baskets).withMinSupport(args.number("min_support", 0.01))
                .withMinConfidence(args.number("min_confidence", 0.1)).withMaxRules(maxRules).withMaxItemsets(20);
        String item = args.text("item");
        if (item != null) {
            String side = args.choice("side", List.of("antecedent", "consequent", "either"));
            p = p.withFilter(new ItemFilter(item, ItemFilter.Side.parse(side == null ? "antecedent" : side)));
        }
        BasketResult result = tool.run(p);
        if (result instanceof BasketResult.Mined m) {
            ObjectNode json = ToolJson.without(ToolJson.of(m), "sql", "elapsedMs", "itemsets", "labels");
            return new ToolOutcome.Done(json, m.sql(), m.rules().size(), table(m.rules(), m.labels()), null);
        }
        BasketResult.Failed f = (BasketResult.Failed) result;
        return new ToolOutcome.Failed(ToolJson.without(ToolJson.of(f), "sql"), f.sql(),
                f.reason().name().toLowerCase(java.util.Locale.ROOT) + ": " + f.message());
    }

    private static Table table(List<Rule> rules, Map<String, String> labels) {
        List<List<Object>> rows = new ArrayList<>();
        for (Rule r : rules) {
            rows.add(List.of(items(r.antecedent(), labels), items(r.consequent(), labels), r.support(), r.supportCount(),
                    r.confidence(), r.lift()));
        }
        return ToolJson.table(List.of("antecedent", "consequent", "support", "baskets", "confidence", "lift"),
                List.of("VARCHAR", "VARCHAR", "DOUBLE", "BIGINT", "DOUBLE", "DOUBLE"), rows);
    }

    private static String items(List<String> items, Map<String, String> labels) {
        return String.join(" + ", items.stream().map(i -> labels.containsKey(i) ? labels.get(i) + " (" + i + ")" : i).toList());
    }
}
