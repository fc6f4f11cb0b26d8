package com.shopsight.agent.planner;

/** The shape of an answer, read from what a question asks for. */
public enum Intent {
    /** One figure: "how many club members". */
    KPI,
    /** The top (or bottom) N of a dimension: "top 5 colours by revenue". */
    RANKING,
    /** Every group of a dimension: "revenue by index group". */
    BREAKDOWN,
    /** A part of a whole: "what share of sales is online". */
    SHARE,
    /** A metric over time: "weekly sales of trousers". */
    SERIES,
    /** Two or more sides side by side: "online vs in store". */
    COMPARISON,
    /** A question for an analytic tool: forecast, segments, churn, basket, search, report. */
    TOOL
}
