package com.shopsight.agent.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.agent.answer.Usage;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A test fixture, not a product: an {@link Agent} that answers each known question with a
 * scripted reply, running the reply's SQL for real so its table is what the SQL returns.
 */
final class ScriptedAgent implements Agent {
    /** What to answer to a question, made with the helpers below. */
    interface Reply extends Function<ScriptedAgent, Answer> {}

    private final Connection conn;
    private final Map<String, Reply> replies = new HashMap<>();
    final List<Question> asked = new ArrayList<>();
    private Question current;

    ScriptedAgent(Connection conn) {
        this.conn = conn;
    }

    ScriptedAgent on(String question, Reply reply) {
        replies.put(question, reply);
        return this;
    }

    @Override
    public Answer ask(Question question, AnswerListener listener) {
        asked.add(question);
        current = question;
        Reply reply = replies.get(question.text());
        if (reply == null) {
            return refusal("I cannot read that question.");
        }
        return reply.apply(this);
    }

    /** An answer whose table is the result of {@code sql}, with the step that ran it. */
    Answer sql(String sql) {
        return withTable("sql", sql, null, 0);
    }

    /** An answer from {@code tool}, whose table is the result of {@code sql}, with {@code chart}. */
    Answer tool(String tool, String sql, JsonNode chart) {
        return withTable(tool, sql, chart, 0);
    }

    /** An answer that cost LLM calls and tokens. */
    Answer llm(String sql, int calls) {
        return withTable("sql", sql, null, calls);
    }

    private Answer withTable(String tool, String sql, JsonNode chart, int calls) {
        Table table;
        String error = null;
        try {
            table = ResultTables.query(conn, sql);
        } catch (SQLException e) {
            table = null;
            error = e.getMessage();
        }
        Step step = new Step(tool, JsonNodeFactory.instance.objectNode(), sql, table == null ? null : table.rows().size(), 3,
                error);
        return new Answer("a-" + asked.size(), current.text(), conversation(), calls > 0 ? Mode.LLM : Mode.OFFLINE,
                calls > 0 ? "scripted-model" : null, table == null ? "That query failed." : "Here it is.", List.of(step),
                table, chart, sql, "as scripted", List.of(), new Usage(calls, 100L * calls, 20L * calls, 3));
    }

    /** An answer with text alone: a refusal. */
    Answer refusal(String text) {
        return new Answer("a-" + asked.size(), current.text(), conversation(), Mode.OFFLINE, null, text, List.of(), null,
                null, null, "not understood", List.of(), Usage.offline(1));
    }

    private String conversation() {
        return current.conversationId() != null ? current.conversationId() : "c-" + asked.size();
    }
}
