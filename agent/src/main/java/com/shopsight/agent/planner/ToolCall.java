package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;
import java.util.List;
import java.util.function.Supplier;

/**
 * One call of an analytic tool, told to the listener as it starts and finishes, and kept as
 * the answer's step: the tool, its input, every SQL statement it ran, the rows of its primary
 * result, the time it took and, when it failed, why.
 *
 * @param <R> the tool's result
 * @param result what the tool gave back
 * @param ms how long the call took
 */
record ToolCall<R>(R result, long ms) {
    /** Runs {@code tool} with {@code input}, telling {@code listener} it started. */
    static <R> ToolCall<R> run(String tool, JsonNode input, AnswerListener listener, Supplier<R> call) {
        listener.stepStarted(tool, input);
        long start = System.nanoTime();
        R result = call.get();
        return new ToolCall<>(result, (System.nanoTime() - start) / 1_000_000);
    }

    /** The step of this call, told to {@code listener} as finished; several statements are separated by semicolons. */
    Step finish(String tool, JsonNode input, List<String> sql, Integer rows, String error, AnswerListener listener) {
        Step step = new Step(tool, input, sql.isEmpty() ? null : String.join(";\n\n", sql), rows, ms, error);
        listener.stepFinished(step);
        return step;
    }
}
