package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Usage;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/** The parts of an LLM answer that are made the same way every time: ids, "understood", the honest failure. */
final class Answers {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Answers() {}

    static String newId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "a-" + HexFormat.of().formatHex(bytes);
    }

    /** How the LLM read the question: the purposes it gave its queries. */
    static String understood(LlmConfig config, Session session) {
        List<String> purposes = session.steps().stream().map(Step::input).map(i -> i.get("purpose"))
                .filter(p -> p != null && p.isTextual() && !p.asText().isBlank()).map(JsonNode::asText).toList();
        String who = "Read by the LLM (" + config.model() + ")";
        return purposes.isEmpty() ? who : who + " as: " + String.join("; ", purposes);
    }

    /** The honest answer when every query the LLM wrote failed: what was tried and the last error. */
    static Answer sqlFailure(Session session, LlmFailure failure, LlmConfig config, Usage usage) {
        String text = "I could not answer this: the database rejected all " + session.sqlFailures()
                + " queries I wrote for it. The last error was: " + AnswerText.safe(failure.detail())
                + "\n\nTry rephrasing the question, or ask for something simpler; the steps show each query and its error.";
        return new Answer(newId(), session.question().text(), session.conversationId(), Mode.LLM, config.model(), text,
                session.steps(), null, null, null, understood(config, session),
                List.of("Stopped after " + session.sqlFailures() + " failed queries (SHOPSIGHT_LLM_SQL_ATTEMPTS is "
                        + config.maxSqlAttempts() + ")."), usage);
    }
}
