package com.shopsight.agent.planner;

/** Stage two: reads mentions (and the conversation so far) as a {@link SemanticQuery}, a refusal or a question not understood. */
interface Parser {
    PlanOutcome parse(Mentions mentions, Context context);
}
