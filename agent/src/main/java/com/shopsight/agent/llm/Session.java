package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.gate.QueryContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one answer while the LLM works on it: the steps taken, the texts the LLM was
 * shown (the sources numbers may come from), the primary table, chart and SQL, and the counts
 * that cap the work (failed queries, bad arguments, tool-calling responses, tokens). Tools may
 * run on the streaming client's threads, one at a time, so access is synchronised.
 */
final class Session {
    /** Bad tool arguments the LLM may repair in one answer before the answer stops. */
    static final int ARGUMENT_REPAIRS = 1;

    private final Question question;
    private final String conversationId;
    private final AnswerListener listener;
    private final List<Step> steps = new ArrayList<>();
    private final List<String> sources = new ArrayList<>();
    private boolean closed;
    private int sqlFailures;
    private String lastSqlError;
    private int argumentErrors;
    private int llmCalls;
    private int toolCallingResponses;
    private long inputTokens;
    private long outputTokens;
    private Table table;
    private JsonNode chart;
    private String sql;

    Session(Question question, String conversationId, AnswerListener listener) {
        this.question = question;
        this.conversationId = conversationId;
        this.listener = listener;
    }

    Question question() {
        return question;
    }

    String conversationId() {
        return conversationId;
    }

    /** The listener itself, for what is said after the answer is over (the fallback's events). */
    AnswerListener listener() {
        return listener;
    }

    /** Tells the listener a step starts, unless the answer was given up. */
    void stepStarted(String tool, JsonNode input) {
        if (!closed()) {
            listener.stepStarted(tool, input);
        }
    }

    /** Tells the listener about more answer text, unless the answer was given up. */
    void text(String delta) {
        if (!closed() && !delta.isEmpty()) {
            listener.text(delta);
        }
    }

    /** The answer is over (given, or given up): late events from an abandoned stream are dropped. */
    synchronized void close() {
        closed = true;
    }

    synchronized boolean closed() {
        return closed;
    }

    /** Who asks, for the gate's audit log. */
    QueryContext queryContext() {
        return new QueryContext(question.surface(), conversationId);
    }

    /** Records a finished step and what the LLM was shown of it, and tells the listener. */
    void finish(Step step, String shownToLlm) {
        synchronized (this) {
            if (closed) {
                return;
            }
            steps.add(step);
            sources.add(shownToLlm);
        }
        listener.stepFinished(step);
    }

    /** Keeps what a tool produced as the answer's primary table and SQL (the latest wins) or chart. */
    synchronized void keep(ToolOutcome.Done done) {
        if (done.table() != null) {
            table = done.table();
            sql = done.sql();
        }
        if (done.chart() != null) {
            chart = done.chart();
        }
    }

    /** Counts a failed query; true when that was the last attempt allowed. */
    synchronized boolean sqlFailed(String error, int maxAttempts) {
        sqlFailures++;
        lastSqlError = error;
        return sqlFailures >= maxAttempts;
    }

    synchronized int sqlFailures() {
        return sqlFailures;
    }

    synchronized String lastSqlError() {
        return lastSqlError;
    }

    /** Counts bad arguments; true when the LLM has no repair left. */
    synchronized boolean argumentsFailed() {
        argumentErrors++;
        return argumentErrors > ARGUMENT_REPAIRS;
    }

    /** Counts one LLM response and its tokens. */
    synchronized void llmResponded(boolean withToolCalls, Integer in, Integer out) {
        llmCalls++;
        if (withToolCalls) {
            toolCallingResponses++;
        }
        inputTokens += in == null ? 0 : in;
        outputTokens += out == null ? 0 : out;
    }

    /**
     * Counts the last response of a streamed answer: langchain4j hands it over with the tokens
     * of the whole answer summed, which replace the running count.
     */
    synchronized void streamCompleted(Integer totalIn, Integer totalOut) {
        llmCalls++;
        inputTokens = Math.max(inputTokens, totalIn == null ? 0 : totalIn);
        outputTokens = Math.max(outputTokens, totalOut == null ? 0 : totalOut);
    }

    synchronized int llmCalls() {
        return llmCalls;
    }

    synchronized int toolCallingResponses() {
        return toolCallingResponses;
    }

    synchronized long inputTokens() {
        return inputTokens;
    }

    synchronized long outputTokens() {
        return outputTokens;
    }

    synchronized List<Step> steps() {
        return List.copyOf(steps);
    }

    synchronized List<String> sources() {
        return List.copyOf(sources);
    }

    synchronized Table table() {
        return table;
    }

    synchronized JsonNode chart() {
        return chart;
    }

    synchronized String sql() {
        return sql;
    }
}
