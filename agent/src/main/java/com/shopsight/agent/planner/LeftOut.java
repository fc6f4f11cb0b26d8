package com.shopsight.agent.planner;

import java.util.ArrayList;
import java.util.List;

/** Says which conditions of a question a tool could not take, so none is dropped silently. */
final class LeftOut {
    private LeftOut() {}

    /**
     * Notices naming the conditions the {@code tool} tool left out and what the answer covers
     * instead, and the dimensions it does not split by; empty when it took everything.
     */
    static List<String> notices(String tool, ToolScope scope, SemanticQuery q, Labels labels) {
        List<String> out = new ArrayList<>();
        if (!scope.complete()) {
            out.add("The " + tool + " tool cannot filter on " + String.join(" or ",
                    scope.leftOut().stream().map(labels::condition).toList()) + ", so the answer leaves "
                    + (scope.leftOut().size() == 1 ? "that" : "those") + " out: it covers " + scope.scope().describe() + ".");
        }
        out.addAll(dimensions(tool, q, labels));
        return out;
    }

    /** A notice naming the dimensions a tool answer is not split by ("by colour" after a forecast), or none. */
    static List<String> dimensions(String tool, SemanticQuery q, Labels labels) {
        List<String> unused = q.dimensions().stream().filter(d -> !(tool.equals("forecast") && TimeDimensions.isTime(d)))
                .map(labels::dimension).toList();
        if (unused.isEmpty()) {
            return List.of();
        }
        return List.of("The " + tool + " answer is not split by " + String.join(" or ", unused) + "; ask for one "
                + unused.get(0) + " at a time instead.");
    }
}
