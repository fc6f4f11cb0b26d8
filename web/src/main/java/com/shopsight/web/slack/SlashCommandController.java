package com.shopsight.web.slack;

import com.google.gson.Gson;
import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.web.http.ApiException;
import com.slack.api.app_backend.slash_commands.SlashCommandPayloadParser;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.app_backend.ssl_check.SSLCheckPayloadDetector;
import com.slack.api.util.json.GsonFactory;
import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /slack/commands: a slash command such as {@code /shopsight top 5 colours by revenue}.
 * Its signature has been checked by then ({@link SignedRequests}). It answers at once, well
 * inside Slack's three seconds, with a note only the asker sees, and queues the question; a
 * worker answers it and posts the answer to the command's response_url for the channel to see.
 */
final class SlashCommandController {
    private static final Logger LOG = LoggerFactory.getLogger(SlashCommandController.class);
    static final String USAGE = "Ask ShopSight about H&M sales, products and customers, for example "
            + "`/shopsight top 5 product types by revenue` or `/shopsight weekly sales of trousers over the last 12 weeks`. "
            + "Follow-ups in the same channel continue the conversation: `/shopsight and only online?`";

    private final Agent agent;
    private final SlackClient slack;
    private final SlackConversations conversations;
    private final SlackQuota quota;
    private final AnswerJobs jobs;
    private final URI site;
    private final Gson gson = GsonFactory.createSnakeCase();

    SlashCommandController(Agent agent, SlackClient slack, SlackConversations conversations, SlackQuota quota, AnswerJobs jobs,
            URI site) {
        this.agent = agent;
        this.slack = slack;
        this.conversations = conversations;
        this.quota = quota;
        this.jobs = jobs;
        this.site = site;
    }

    void command(Context ctx) {
        SignedRequests.requireVerified(ctx, Hooks.SLASH_COMMAND);
        if (new SSLCheckPayloadDetector().isSSLCheckRequest(ctx.body())) {
            // Slack checking the server's certificate: it wants a 200 and nothing else.
            ctx.status(200);
            return;
        }
        SlashCommandPayload command = parse(ctx.body());
        String text = command.getText() == null ? "" : Mrkdwn.plainFromSlack(command.getText());
        if (text.isEmpty() || text.toLowerCase(Locale.ROOT).equals("help")) {
            acknowledge(ctx, USAGE);
            return;
        }
        if (text.length() > Question.MAX_LENGTH) {
            acknowledge(ctx, "That question is longer than " + Question.MAX_LENGTH + " characters; ask it in fewer words.");
            return;
        }
        URI responseUrl = slack.responseUrl(command.getResponseUrl());
        if (responseUrl == null) {
            LOG.warn("A signed slash command from team {} has a response_url outside Slack's: not answered", command.getTeamId());
            acknowledge(ctx, "ShopSight cannot reply to this command: its response address is not Slack's.");
            return;
        }
        if (!quota.allow(command.getTeamId(), command.getUserId())) {
            acknowledge(ctx, "You are asking faster than ShopSight answers (at most " + SlackQuota.PER_USER_PER_MINUTE
                    + " questions a minute each). Try again in a moment.");
            return;
        }
        Question question = new Question(text, conversations.ofChannel(command.getTeamId(), command.getChannelId()),
                Question.ModeChoice.AUTO, "slack");
        String user = command.getUserId();
        if (!jobs.submit(() -> answer(question, user, responseUrl))) {
            acknowledge(ctx, "ShopSight is busy with other questions right now; try again in a minute.");
            return;
        }
        acknowledge(ctx, "Looking into “" + text + "”…");
    }

    /** In a worker: asks the agent and posts the answer, or a friendly failure, to the response_url. */
    private void answer(Question question, String user, URI responseUrl) {
        SlashCommandResponse message;
        try {
            Answer a = agent.ask(question);
            message = SlashCommandResponse.builder().responseType("in_channel").text(AnswerMessage.fallback(a))
                    .blocks(AnswerMessage.blocks(a, user, site)).build();
        } catch (RuntimeException e) {
            if (AnswerJobs.stopping()) {
                LOG.info("The server stopped before '{}' was answered", question.text());
                return;
            }
            // The person in Slack gets a sentence; the trace is for the server's log.
            LOG.error("Answering the slash command '{}' failed", question.text(), e);
            message = SlashCommandResponse.builder().responseType("ephemeral").text(Hooks.FAILED)
                    .blocks(AnswerMessage.problem(Hooks.FAILED)).build();
        }
        if (slack.respond(responseUrl, message) instanceof Outbound.Failed f) {
            LOG.warn("Could not post an answer to Slack's response_url: {}", f.reason());
        }
    }

    private void acknowledge(Context ctx, String text) {
        SlashCommandResponse ack = SlashCommandResponse.builder().responseType("ephemeral").text(Mrkdwn.escape(text)).build();
        ctx.contentType("application/json; charset=utf-8").result(gson.toJson(ack));
    }

    private static SlashCommandPayload parse(String body) {
        SlashCommandPayload command;
        try {
            command = new SlashCommandPayloadParser().parse(body);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The body is not a slash command's form fields: " + e.getMessage());
        }
        if (command.getTeamId() == null || command.getChannelId() == null || command.getUserId() == null) {
            throw ApiException.badRequest("A slash command needs team_id, channel_id and user_id.");
        }
        return command;
    }
}
