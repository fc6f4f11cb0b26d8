package com.shopsight.agent.planner;

import com.shopsight.agent.answer.Table;

/**
 * What a follow-up refers to: the previous query of the conversation and the table it gave.
 *
 * @param previous the last query answered, or null at the start of a conversation
 * @param table the table it gave, or null
 */
record Context(SemanticQuery previous, Table table) {
    static final Context NONE = new Context(null, null);

    boolean hasPrevious() {
        return previous != null;
    }
}
