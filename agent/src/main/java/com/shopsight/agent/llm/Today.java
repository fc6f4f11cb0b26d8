package com.shopsight.agent.llm;

import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;

/** "Today" for the prompt: the latest day in the data, by the semantic model's query, through the gate. */
final class Today {
    private Today() {}

    static String of(SqlGate gate, SemanticModel model) {
        String unknown = "the latest day in the data (query it)";
        if (model.today() == null) {
            return unknown;
        }
        GateResult result = gate.run(model.today(), gate.config().limits(), QueryContext.of("llm"));
        if (result instanceof Rows rows && rows.rowCount() == 1 && rows.rows().get(0).get(0) != null) {
            return rows.rows().get(0).get(0).toString();
        }
        return unknown;
    }
}
