package com.shopsight.tools.gate;

/**
 * Carries a {@link Rejected} out of the depths of validation to the gate's front door, which
 * turns it back into a result; it never leaves the package.
 */
final class Refusal extends Exception {
    private final transient Rejected rejected;

    Refusal(Rejected rejected) {
        super(rejected.message(), null, false, false);
        this.rejected = rejected;
    }

    Refusal(Rejected.Kind kind, String message, String hint, Integer position, String sql) {
        this(new Rejected(kind, message, hint, position, sql));
    }

    Rejected rejected() {
        return rejected;
    }
}
