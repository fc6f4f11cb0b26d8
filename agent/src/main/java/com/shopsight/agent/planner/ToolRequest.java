package com.shopsight.agent.planner;

import java.util.Objects;

/**
 * A question for an analytic tool rather than for one SQL query. The tool's scope is the
 * query's conditions and time window.
 *
 * @param tool the tool intent of the semantic model: forecast, segments, churn, basket, search, report
 * @param subject free text the tool reads itself (what to search for, the product to report on), or null
 * @param horizon how far ahead a forecast looks, or null for the tool's default
 * @param unit the unit of {@code horizon} (days, weeks, months), or null
 * @param analysis which of the tool's analyses the words ask for (segments: buyers, rfm, clusters), or
 *     null for the tool's own choice
 */
public record ToolRequest(String tool, String subject, Integer horizon, String unit, String analysis) {
    public ToolRequest {
        Objects.requireNonNull(tool, "tool");
        if (horizon != null && horizon < 1) {
            throw new IllegalArgumentException("horizon must be positive: " + horizon);
        }
    }

    /** A request that leaves the choice of analysis to the tool. */
    public ToolRequest(String tool, String subject, Integer horizon, String unit) {
        this(tool, subject, horizon, unit, null);
    }
}
