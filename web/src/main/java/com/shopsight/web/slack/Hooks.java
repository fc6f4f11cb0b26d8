package com.shopsight.web.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.Agent;
import com.slack.api.app_backend.SlackSignature;
import io.javalin.http.Handler;
import io.javalin.plugin.Plugin;
import java.time.Duration;
import java.util.List;

/**
 * The signed endpoints, wired: Slack's slash command ({@value #SLASH_COMMAND}) and Events API
 * ({@value #EVENTS}), and the generic webhook ({@value #WEBHOOK}). {@link #signatures()} is the
 * plugin that checks every request to them before a handler runs; the handlers share the
 * background workers, which {@link #close()} stops.
 */
public final class Hooks implements AutoCloseable {
    public static final String SLASH_COMMAND = "/slack/commands";
    public static final String EVENTS = "/slack/events";
    public static final String WEBHOOK = "/api/webhook";
    /** The paths authenticated by signature rather than by the API token. */
    public static final List<String> PATHS = List.of(SLASH_COMMAND, EVENTS, WEBHOOK);

    /** The generic webhook's headers: Unix seconds, and {@code v0=} HMAC-SHA256 of {@code v0:{timestamp}:{body}}. */
    public static final String WEBHOOK_TIMESTAMP = "X-ShopSight-Request-Timestamp";
    public static final String WEBHOOK_SIGNATURE = "X-ShopSight-Signature";

    /** Slack's bodies are a few kilobytes: a command's form fields, an event's JSON. */
    static final long SLACK_MAX_BODY = 32 * 1024;
    /** A question (at most 2,000 characters), a conversation id and an address. */
    static final long WEBHOOK_MAX_BODY = 16 * 1024;
    /** What a person is told when answering failed unexpectedly (the log has the rest). */
    static final String FAILED = "Sorry, ShopSight could not answer that: something went wrong on the server. "
            + "Its log has the details; try again, or ask another way.";

    private static final int WORKERS = 4;
    private static final int QUEUE = 100;
    /** One signature is valid for ten minutes at most (five either way): a few per second fit. */
    private static final int MAX_SIGNATURES = 100_000;
    private static final int MAX_EVENTS = 100_000;

    private final SignedRequests signatures;
    private final SlashCommandController commands;
    private final SlackEventsController events;
    private final WebhookController webhook;
    private final AnswerJobs jobs;

    private Hooks(SignedRequests signatures, SlashCommandController commands, SlackEventsController events,
            WebhookController webhook, AnswerJobs jobs) {
        this.signatures = signatures;
        this.commands = commands;
        this.events = events;
        this.webhook = webhook;
        this.jobs = jobs;
    }

    /** The endpoints as {@code config} sets them up, answering with {@code agent}, writing JSON with {@code json}. */
    public static Hooks create(HooksConfig config, Agent agent, ObjectMapper json) {
        HooksConfig.Slack s = config.slack();
        HooksConfig.Webhook w = config.webhook();
        AnswerJobs jobs = new AnswerJobs(WORKERS, QUEUE);
        Outbound out = new Outbound(Duration.ofSeconds(10));
        // One set for all three: a signature does not cover the path, so one accepted at one endpoint must not pass at another.
        SeenSet accepted = new SeenSet(MAX_SIGNATURES);
        V0Signature slackSignature = s.commandsOn() ? new V0Signature(s.signingSecret(), config.clock()) : null;
        V0Signature webhookSignature = w.on() ? new V0Signature(w.secret(), config.clock()) : null;
        String slackTimestamp = SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP;
        String slackSignatureHeader = SlackSignature.HeaderNames.X_SLACK_SIGNATURE;
        SignedRequests plugin = new SignedRequests(List.of(
                new SignedRequests.Endpoint(SLASH_COMMAND, slackTimestamp, slackSignatureHeader, slackSignature,
                        "Slack is off on this server: set SLACK_SIGNING_SECRET to turn on the slash command.", SLACK_MAX_BODY, accepted),
                new SignedRequests.Endpoint(EVENTS, slackTimestamp, slackSignatureHeader, s.eventsOn() ? slackSignature : null,
                        "Slack's Events API is off on this server: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN to turn it on.",
                        SLACK_MAX_BODY, accepted),
                new SignedRequests.Endpoint(WEBHOOK, WEBHOOK_TIMESTAMP, WEBHOOK_SIGNATURE, webhookSignature,
                        "The webhook is off on this server: set SHOPSIGHT_WEBHOOK_SECRET to turn it on.", WEBHOOK_MAX_BODY, accepted)),
                config.clock());
        SlackClient slack = new SlackClient(out, s);
        SlackQuota quota = new SlackQuota();
        // Off endpoints never reach their handlers; their secrets stand in only so the objects can be built.
        SlackConversations conversations = new SlackConversations(s.commandsOn() ? s.signingSecret() : "off", config.clock());
        return new Hooks(plugin,
                new SlashCommandController(agent, slack, conversations, quota, jobs, s.publicUrl()),
                new SlackEventsController(agent, slack, conversations, quota, jobs, new SeenSet(MAX_EVENTS), config.clock(),
                        s.publicUrl(), json),
                new WebhookController(agent, new CallbackPolicy(w.callbackHosts()), out, webhookSignature, jobs, config.clock(), json),
                jobs);
    }

    /** The plugin that checks every request to these endpoints first; register it after the token check. */
    public Plugin<Void> signatures() {
        return signatures;
    }

    public Handler slashCommand() {
        return commands::command;
    }

    public Handler events() {
        return events::event;
    }

    public Handler webhook() {
        return webhook::webhook;
    }

    /** Stops the background workers; questions still queued are dropped. */
    @Override
    public void close() {
        jobs.close();
    }
}
