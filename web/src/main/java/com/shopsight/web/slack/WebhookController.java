package com.shopsight.web.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.web.http.ApiError;
import com.shopsight.web.http.ApiException;
import io.javalin.http.Context;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/webhook, for chat tools and automations other than Slack; its signature has been
 * checked by then. Without a callbackUrl it answers inline with the Answer JSON; with one it
 * checks the address against the allow-list, answers 202 at once, and posts the Answer JSON
 * there when ready, signed the same way with the same secret so the receiver can check it.
 */
final class WebhookController {
    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

    /**
     * The body.
     *
     * @param question the question, 1 to {@link Question#MAX_LENGTH} characters
     * @param conversationId the conversation to continue, or null for a new one
     * @param callbackUrl where to post the answer, or null to answer inline
     */
    record WebhookRequest(String question, String conversationId, String callbackUrl) {}

    /** The reply to a request with a callbackUrl: the answer will be posted there, in this conversation. */
    record Accepted(String status, String conversationId, String callbackUrl) {}

    private final Agent agent;
    private final CallbackPolicy policy;
    private final Outbound out;
    private final V0Signature signer;
    private final AnswerJobs jobs;
    private final Clock clock;
    private final ObjectMapper json;

    WebhookController(Agent agent, CallbackPolicy policy, Outbound out, V0Signature signer, AnswerJobs jobs, Clock clock,
            ObjectMapper json) {
        this.agent = agent;
        this.policy = policy;
        this.out = out;
        this.signer = signer;
        this.jobs = jobs;
        this.clock = clock;
        this.json = json;
    }

    void webhook(Context ctx) {
        SignedRequests.requireVerified(ctx, Hooks.WEBHOOK);
        WebhookRequest r = ctx.bodyValidator(WebhookRequest.class)
                .check("question", q -> q.question() != null && !q.question().isBlank(), "question is required")
                .check("question", q -> q.question() == null || q.question().length() <= Question.MAX_LENGTH,
                        "question is longer than " + Question.MAX_LENGTH + " characters")
                .check("conversationId", q -> q.conversationId() == null || ConversationStore.validId(q.conversationId()),
                        "conversationId must be letters, digits, '-' and '_', at most 64")
                .get();
        if (r.callbackUrl() == null) {
            ctx.json(agent.ask(new Question(r.question().strip(), r.conversationId(), Question.ModeChoice.AUTO, "webhook")));
            return;
        }
        CallbackPolicy.Verdict verdict = policy.check(r.callbackUrl());
        if (verdict instanceof CallbackPolicy.Refused refused) {
            LOG.warn("Refused a webhook callback to {}: {}", r.callbackUrl(), refused.reason());
            throw new ApiException(403, "callback_not_allowed", refused.reason());
        }
        URI callback = ((CallbackPolicy.Allowed) verdict).uri();
        // Chosen now, so the caller can match the posted answer (and continue the conversation) before it arrives.
        String conversation = r.conversationId() != null ? r.conversationId() : ConversationStore.newId();
        Question question = new Question(r.question().strip(), conversation, Question.ModeChoice.AUTO, "webhook");
        if (!jobs.submit(() -> answer(question, callback))) {
            ctx.header("Retry-After", "60");
            throw new ApiException(503, "busy", "ShopSight is busy with other questions; try again in a minute.");
        }
        ctx.status(202).json(new Accepted("accepted", conversation, callback.toString()));
    }

    /** In a worker: asks the agent and posts the Answer JSON, or an error object, to the callback, signed. */
    private void answer(Question question, URI callback) {
        Object body;
        try {
            body = agent.ask(question);
        } catch (RuntimeException e) {
            if (AnswerJobs.stopping()) {
                LOG.info("The server stopped before '{}' was answered", question.text());
                return;
            }
            LOG.error("Answering the webhook question '{}' failed", question.text(), e);
            body = new ApiError("internal_error", Hooks.FAILED);
        }
        String payload;
        try {
            payload = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An answer could not be written as JSON", e);
        }
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        String signature = signer.sign(timestamp, payload.getBytes(StandardCharsets.UTF_8));
        Outbound.Delivery d = out.post(callback, payload, Map.of(Hooks.WEBHOOK_TIMESTAMP, timestamp, Hooks.WEBHOOK_SIGNATURE, signature));
        if (d instanceof Outbound.Failed f) {
            LOG.warn("Could not post the answer for conversation {} to {}: {}", question.conversationId(), callback, f.reason());
        } else if (body instanceof Answer a) {
            LOG.info("Posted answer {} to {}", a.id(), callback);
        }
    }
}
