package com.shopsight.agent.planner;

import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.tools.gate.QueryContext;
import java.util.List;

/**
 * Answers a tool question whose tool is not part of this build: says so plainly and offers
 * the nearest questions the planner can answer with SQL, never an imitation of the tool.
 */
final class MissingTool implements ToolExecutor {
    private final Labels labels;

    MissingTool(Labels labels) {
        this.labels = labels;
    }

    @Override
    public Execution run(SemanticQuery q, String understood, QueryContext context, AnswerListener listener) {
        String tool = q.tool().tool();
        String scope = q.conditions().isEmpty() ? "" : " of " + labels.conditions(q.conditions());
        List<String> instead = switch (tool) {
            case "forecast" -> List.of("weekly units sold" + scope + " over the last 26 weeks");
            case "segments" -> List.of("units sold" + scope + " by age band", "units sold" + scope + " by club status");
            case "churn" -> List.of("monthly buyers" + scope + " over the last 12 months", "buyers" + scope + " by club status");
            case "basket", "search", "report" -> List.of("top 10 products" + scope + " by units sold",
                    "weekly revenue" + scope + " over the last 12 weeks");
            default -> List.of("top 10 product types by units sold");
        };
        String text = "The " + tool + " tool is not available in this build of ShopSight yet, so I cannot answer that"
                + " as asked. Questions I can answer meanwhile:\n\n"
                + String.join("\n", instead.stream().map(s -> "- " + s).toList());
        return Execution.text(text);
    }
}
