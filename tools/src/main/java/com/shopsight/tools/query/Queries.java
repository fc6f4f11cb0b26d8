package com.shopsight.tools.query;

import com.shopsight.tools.gate.Column;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import java.time.Duration;
import java.util.Objects;

/**
 * The one way the analytic tools read data: every query through the {@link SqlGate}, with the
 * row cap and time limit the tool asks for, and the caller's context in the audit log. A query
 * the gate refuses or stops becomes a {@link ProblemException} carrying the gate's message,
 * so a tool reports it instead of crashing.
 */
public final class Queries {
    private final SqlGate gate;
    private final QueryContext context;

    /** Queries through {@code gate}, logged as coming from {@code context}. */
    public Queries(SqlGate gate, QueryContext context) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Runs {@code sql}, reading at most {@code maxRows} rows within {@code timeout}. */
    public Table run(String sql, int maxRows, Duration timeout) {
        GateResult result = gate.run(sql, new QueryLimits(maxRows, timeout), context);
        if (result instanceof Rejected r) {
            throw new ProblemException(Problem.Kind.SQL_REJECTED, "The SQL gate refused the query (" + r.kind().code() + "): "
                    + r.message(), r.hint(), sql);
        }
        Rows rows = (Rows) result;
        return new Table(rows.columns().stream().map(Column::name).toList(), rows.rows(), rows.truncated(), sql);
    }
}
