package com.shopsight.web.slack;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends ShopSight's messages to Slack: a slash command's answer to the command's response_url,
 * an event's answer with the Web API's chat.postMessage. Messages are serialised by the SDK's
 * own Gson setup, so Block Kit objects come out exactly as Slack reads them.
 */
final class SlackClient {
    private final Outbound out;
    private final HooksConfig.Slack config;
    private final Gson gson = GsonFactory.createSnakeCase();

    SlackClient(Outbound out, HooksConfig.Slack config) {
        this.out = out;
        this.config = config;
    }

    /**
     * {@code url} as a response_url this server may post to: under Slack's hooks address (so a
     * forged command, were the secret ever lost, could not aim answers elsewhere), else null.
     */
    URI responseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI u;
        try {
            u = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
        URI base = config.responseBase();
        boolean same = u.isAbsolute() && u.getHost() != null && u.getRawUserInfo() == null
                && base.getScheme().equalsIgnoreCase(u.getScheme()) && base.getHost().equalsIgnoreCase(u.getHost())
                && port(base) == port(u) && u.getRawPath() != null && u.getRawPath().startsWith(base.getRawPath());
        return same ? u : null;
    }

    /** Posts {@code message} to a slash command's {@code responseUrl}. */
    Outbound.Delivery respond(URI responseUrl, SlashCommandResponse message) {
        return out.post(responseUrl, gson.toJson(message), Map.of());
    }

    /** Posts a message to {@code channel}, in the thread {@code threadTs} when not null; Slack's "ok": false is a failure. */
    Outbound.Delivery postMessage(String channel, String threadTs, String text, List<LayoutBlock> blocks) {
        JsonObject body = new JsonObject();
        body.addProperty("channel", channel);
        if (threadTs != null) {
            body.addProperty("thread_ts", threadTs);
        }
        body.addProperty("text", text);
        body.add("blocks", gson.toJsonTree(blocks));
        body.addProperty("unfurl_links", false);
        body.addProperty("unfurl_media", false);
        Outbound.Delivery d = out.post(config.apiBase().resolve("chat.postMessage"), gson.toJson(body),
                Map.of("Authorization", "Bearer " + config.botToken()));
        if (d instanceof Outbound.Delivered delivered) {
            return okOrError(delivered);
        }
        return d;
    }

    /** The Web API answers HTTP 200 with {"ok": false, "error": "..."} when it refuses. */
    private static Outbound.Delivery okOrError(Outbound.Delivered d) {
        try {
            JsonElement reply = JsonParser.parseString(d.body());
            if (reply.isJsonObject() && reply.getAsJsonObject().has("ok") && reply.getAsJsonObject().get("ok").getAsBoolean()) {
                return d;
            }
            JsonElement error = reply.isJsonObject() ? reply.getAsJsonObject().get("error") : null;
            return new Outbound.Failed("Slack refused the message: " + (error == null ? d.body() : error.getAsString()));
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return new Outbound.Failed("Slack's reply is not JSON: " + d.body());
        }
    }

    private static int port(URI u) {
        if (u.getPort() != -1) {
            return u.getPort();
        }
        return "https".equals(u.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }
}
