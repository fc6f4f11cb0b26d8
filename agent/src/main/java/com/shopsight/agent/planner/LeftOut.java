package com.shopsight.agent.planner;

import java.util.List;

/** Says which conditions of a question a tool could not take, so none is dropped silently. */
final class LeftOut {
    private LeftOut() {}

    /** A notice naming the conditions the {@code tool} tool left out and what the answer covers instead, or none. */
    static List<String> notices(String tool, ToolScope scope, Labels labels) {
        if (scope.complete()) {
            return List.of();
        }
        return List.of("The " + tool + " tool cannot filter on " + String.join(" or ",
                scope.leftOut().stream().map(labels::condition).toList()) + ", so the answer leaves "
                + (scope.leftOut().size() == 1 ? "that" : "those") + " out: it covers " + scope.scope().describe() + ".");
    }
}
