package com.shopsight.tools.gate;

/** What {@link SqlGate#run} gives back: the {@link Rows} of the query, or why it was {@link Rejected}. */
public sealed interface GateResult permits Rows, Rejected {
    /** "rows" or "rejected", so JSON readers can tell the outcomes apart. */
    String status();

    /** The SQL as it was submitted. */
    String sql();
}
