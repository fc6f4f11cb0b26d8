package com.shopsight.web.slack;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.web.http.ApiException;
import com.slack.api.model.block.LayoutBlock;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /slack/events: Slack's Events API, its signature already checked. Answers the
 * url_verification challenge; takes an app_mention, or a person's direct message, once (Slack
 * retries an event it thinks was missed: the event id tells), acknowledges at once and queues
 * the question; a worker answers in the message's thread with chat.postMessage. Everything
 * else (bots, edits, other events) is acknowledged and left alone.
 */
final class SlackEventsController {
    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsController.class);
    /** Slack retries for minutes at most; an hour is plenty to recognise a retry. */
    static final Duration REMEMBER_EVENTS = Duration.ofHours(1);
    private static final Map<String, Boolean> OK = Map.of("ok", true);

    /** The envelope of every Events API request. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Envelope(String type, String challenge, @JsonProperty("team_id") String teamId,
            @JsonProperty("event_id") String eventId, Event event) {}

    /** The fields of a message-like event that matter here. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Event(String type, String subtype, String user, @JsonProperty("bot_id") String botId, String text, String ts,
            @JsonProperty("thread_ts") String threadTs, String channel, @JsonProperty("channel_type") String channelType,
            JsonNode edited) {
        /** A person's mention of the app, or a person's direct message to it; not a bot's, not an edit. */
        boolean fromAPersonToUs() {
            boolean kind = "app_mention".equals(type) || ("message".equals(type) && "im".equals(channelType));
            return kind && subtype == null && botId == null && edited == null && user != null && channel != null && text != null
                    && ts != null;
        }

        /** Where the answer goes: a mention's thread (a new one under the mention), a direct message's thread if any. */
        String replyThread() {
            if (threadTs != null) {
                return threadTs;
            }
            return "app_mention".equals(type) ? ts : null;
        }
    }

    private final Agent agent;
    private final SlackClient slack;
    private final SlackConversations conversations;
    private final SlackQuota quota;
    private final AnswerJobs jobs;
    private final SeenSet events;
    private final Clock clock;
    private final URI site;
    private final ObjectMapper json;

    SlackEventsController(Agent agent, SlackClient slack, SlackConversations conversations, SlackQuota quota, AnswerJobs jobs,
            SeenSet events, Clock clock, URI site, ObjectMapper json) {
        this.agent = agent;
        this.slack = slack;
        this.conversations = conversations;
        this.quota = quota;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
        this.site = site;
        this.json = json;
    }

    void event(Context ctx) {
        SignedRequests.requireVerified(ctx, Hooks.EVENTS);
        Envelope envelope = read(ctx);
        if ("url_verification".equals(envelope.type())) {
            if (envelope.challenge() == null) {
                throw badRequest(ctx, "A url_verification request needs its challenge.");
            }
            ctx.json(Map.of("challenge", envelope.challenge()));
            return;
        }
        if (!"event_callback".equals(envelope.type()) || envelope.event() == null) {
            ctx.json(OK);
            return;
        }
        if (envelope.eventId() == null) {
            throw badRequest(ctx, "An event_callback needs its event_id.");
        }
        long now = clock.millis();
        SeenSet.Outcome seen = events.add(envelope.eventId(), now + REMEMBER_EVENTS.toMillis(), now);
        if (seen == SeenSet.Outcome.REPEAT) {
            LOG.info("Slack event {} delivered again (retry {}, {}): taken already", envelope.eventId(),
                    ctx.header("X-Slack-Retry-Num"), ctx.header("X-Slack-Retry-Reason"));
            ctx.json(OK);
            return;
        }
        if (seen == SeenSet.Outcome.FULL) {
            throw busy(ctx);
        }
        Event event = envelope.event();
        if (!event.fromAPersonToUs()) {
            ctx.json(OK);
            return;
        }
        if (!quota.allow(envelope.teamId(), event.user())) {
            LOG.info("Slack user {} of team {} is over the question limit; event {} left unanswered", event.user(),
                    envelope.teamId(), envelope.eventId());
            ctx.json(OK);
            return;
        }
        if (!jobs.submit(() -> answer(envelope.teamId(), event))) {
            // Forgotten, so Slack's retry (it retries a 5xx) is taken as the first delivery.
            events.forget(envelope.eventId());
            throw busy(ctx);
        }
        ctx.json(OK);
    }

    /** In a worker: asks the agent and posts the answer, or why there is none, in the event's thread. */
    private void answer(String team, Event event) {
        String thread = event.replyThread();
        String text = Mrkdwn.plainFromSlack(event.text());
        List<LayoutBlock> blocks;
        String fallback;
        if (text.isEmpty() || text.length() > Question.MAX_LENGTH) {
            String note = text.isEmpty() ? SlashCommandController.USAGE.replace("/shopsight ", "@ShopSight ")
                    : "That question is longer than " + Question.MAX_LENGTH + " characters; ask it in fewer words.";
            blocks = AnswerMessage.note(note);
            fallback = Mrkdwn.clip(Mrkdwn.escape(note), 300);
        } else {
            String conversation = thread != null ? conversations.ofThread(team, event.channel(), thread)
                    : conversations.ofChannel(team, event.channel());
            try {
                Answer a = agent.ask(new Question(text, conversation, Question.ModeChoice.AUTO, "slack"));
                blocks = AnswerMessage.blocks(a, null, site);
                fallback = AnswerMessage.fallback(a);
            } catch (RuntimeException e) {
                if (AnswerJobs.stopping()) {
                    LOG.info("The server stopped before '{}' was answered", text);
                    return;
                }
                // The person in Slack gets a sentence; the trace is for the server's log.
                LOG.error("Answering the Slack message '{}' failed", text, e);
                blocks = AnswerMessage.problem(Hooks.FAILED);
                fallback = Mrkdwn.escape(Hooks.FAILED);
            }
        }
        if (slack.postMessage(event.channel(), thread, fallback, blocks) instanceof Outbound.Failed f) {
            LOG.warn("Could not post an answer to Slack channel {}: {}", event.channel(), f.reason());
        }
    }

    private Envelope read(Context ctx) {
        try {
            Envelope e = json.readValue(ctx.body(), Envelope.class);
            if (e == null) {
                throw badRequest(ctx, "The body is not an Events API request.");
            }
            return e;
        } catch (JsonProcessingException e) {
            throw badRequest(ctx, "The body is not an Events API request (JSON): " + e.getOriginalMessage());
        }
    }

    /** A signed request that cannot be read will not read better the second time: Slack is told not to retry it. */
    private static ApiException badRequest(Context ctx, String message) {
        ctx.header("X-Slack-No-Retry", "1");
        return ApiException.badRequest(message);
    }

    private static ApiException busy(Context ctx) {
        ctx.header("Retry-After", "60");
        return new ApiException(503, "busy", "ShopSight is busy with other questions; Slack will retry this event.");
    }
}
