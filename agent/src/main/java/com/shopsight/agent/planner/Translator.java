package com.shopsight.agent.planner;

/** Stage four: writes the SQL of a query from the semantic model alone. */
interface Translator {
    Translation translate(SemanticQuery query);
}
