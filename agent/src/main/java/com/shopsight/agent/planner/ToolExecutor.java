package com.shopsight.agent.planner;

import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.tools.gate.QueryContext;

/** Answers a tool question (forecast, segments, churn, basket, search, report) with its tool. */
interface ToolExecutor {
    Execution run(SemanticQuery query, String understood, QueryContext context, AnswerListener listener);
}
