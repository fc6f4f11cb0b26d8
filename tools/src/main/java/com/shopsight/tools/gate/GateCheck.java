package com.shopsight.tools.gate;

/** What {@link SqlGate#check} says about a query: {@link Accepted} or {@link Rejected}. */
public sealed interface GateCheck permits Accepted, Rejected {
    /** "accepted" or "rejected", so JSON readers can tell the outcomes apart. */
    String status();
}
