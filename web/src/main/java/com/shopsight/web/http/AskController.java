package com.shopsight.web.http;

import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.conversation.ConversationStore;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** POST /api/ask (the Answer as JSON) and POST /api/ask/stream (steps as Server-Sent Events, then the Answer). */
final class AskController {
    private static final Logger LOG = LoggerFactory.getLogger(AskController.class);

    /**
     * The body of both endpoints.
     *
     * @param question the question, 1 to {@link Question#MAX_LENGTH} characters
     * @param conversationId the conversation to continue, or null for a new one
     * @param mode auto (the default), llm or offline
     */
    record AskRequest(String question, String conversationId, String mode) {}

    private final Backend backend;
    private final AnswerIndex index;
    private final AnswerCache cache;

    AskController(Backend backend, AnswerIndex index, AnswerCache cache) {
        this.backend = backend;
        this.index = index;
        this.cache = cache;
    }

    void ask(Context ctx) {
        Question question = question(ctx, "rest");
        ctx.json(answer(question, AnswerListener.NONE));
    }

    void stream(Context ctx) {
        Question question = question(ctx, "chat");
        try (EventStream events = EventStream.open(ctx)) {
            try {
                events.send("answer", answer(question, events.listener()));
            } catch (RuntimeException e) {
                // The response is already under way with status 200: the failure goes out as an event.
                LOG.error("Answering '{}' failed", question.text(), e);
                events.send("error", WebApp.internalError(e));
            }
        }
    }

    /** The agent's answer, or an earlier identical one (see {@link AnswerCache}), with its steps told to {@code listener}. */
    private Answer answer(Question question, AnswerListener listener) {
        Optional<Answer> reused = cache.reuse(question);
        if (reused.isPresent()) {
            reused.get().steps().forEach(step -> {
                listener.stepStarted(step.tool(), step.input());
                listener.stepFinished(step);
            });
            listener.text(reused.get().answer());
            index.add(reused.get());
            return reused.get();
        }
        Answer answer = backend.agent().ask(question, listener);
        cache.remember(question, answer);
        index.add(answer);
        return answer;
    }

    private static Question question(Context ctx, String surface) {
        AskRequest r = ctx.bodyValidator(AskRequest.class)
                .check("question", q -> q.question() != null && !q.question().isBlank(), "question is required")
                .check("question", q -> q.question() == null || q.question().length() <= Question.MAX_LENGTH,
                        "question is longer than " + Question.MAX_LENGTH + " characters")
                .check("conversationId", q -> q.conversationId() == null || ConversationStore.validId(q.conversationId()),
                        "conversationId must be letters, digits, '-' and '_', at most 64")
                .check("mode", q -> q.mode() == null || mode(q.mode()) != null, "mode must be auto, llm or offline")
                .get();
        Question.ModeChoice mode = r.mode() == null ? Question.ModeChoice.AUTO : mode(r.mode());
        return new Question(r.question().strip(), r.conversationId(), mode, surface);
    }

    private static Question.ModeChoice mode(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "auto" -> Question.ModeChoice.AUTO;
            case "llm" -> Question.ModeChoice.LLM;
            case "offline" -> Question.ModeChoice.OFFLINE;
            default -> null;
        };
    }
}
