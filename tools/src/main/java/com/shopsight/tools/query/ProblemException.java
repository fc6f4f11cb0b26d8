package com.shopsight.tools.query;

/**
 * Carries a {@link Problem} from deep inside a tool to its {@code run} method, which turns it
 * into the tool's failure result; it never leaves a tool.
 */
public final class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }

    public ProblemException(Problem.Kind kind, String message, String hint, String sql) {
        this(new Problem(kind, message, hint, sql));
    }

    public Problem problem() {
        return problem;
    }
}
