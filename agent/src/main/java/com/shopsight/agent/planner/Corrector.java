package com.shopsight.agent.planner;

/** Stage three: makes a parsed query answerable and sensible (the right table, a default, a bound). */
interface Corrector {
    SemanticQuery correct(SemanticQuery query);
}
