package com.shopsight.web.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.testing.TinyDataset;
import com.shopsight.web.AppConfig;
import com.shopsight.web.WebServer;
import com.shopsight.web.http.WebConfig;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real ShopSight server on the tiny dataset with Slack and the webhook on, a stand-in for
 * Slack and for webhook receivers, the counted agent, the clock the server checks signatures
 * against, and a client that signs its requests as Slack does (with Slack's own SDK signer).
 */
final class HooksServer implements AutoCloseable {
    static final String SLACK_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BOT_TOKEN = "xoxb-test-bot-token";
    static final String WEBHOOK_SECRET = "webhook-secret-for-tests-0123";
    static final URI SITE = URI.create("https://shopsight.example.com");
    static final ObjectMapper JSON = new ObjectMapper();
    /** Slack gives every command its own trigger_id, so no two command bodies are the same. */
    private static final AtomicInteger TRIGGERS = new AtomicInteger();

    final StandIn standIn;
    final TestClock clock = new TestClock();
    private CountingAgent agent;
    private final WebServer server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private HooksServer(Path folder, String apiToken, boolean hooksOn) {
        standIn = new StandIn();
        HooksConfig hooks = hooksOn ? new HooksConfig(
                new HooksConfig.Slack(SLACK_SECRET, BOT_TOKEN, standIn.url("api/"), standIn.url("hooks/"), SITE),
                new HooksConfig.Webhook(WEBHOOK_SECRET, Set.of("127.0.0.1", "receiver.example.com")), clock) : HooksConfig.OFF;
        WebConfig web = WebConfig.local().withToken(apiToken).withHooks(hooks);
        AppConfig config = AppConfig.from(Map.of(), TinyDataset.copyTo(folder));
        server = WebServer.start(config, web, a -> agent = new CountingAgent(a));
    }

    /** Slack and the webhook on, no API token. */
    static HooksServer start(Path folder) {
        return new HooksServer(folder, null, true);
    }

    static HooksServer withToken(Path folder, String token) {
        return new HooksServer(folder, token, true);
    }

    /** No secrets set: every signed endpoint off. */
    static HooksServer off(Path folder) {
        return new HooksServer(folder, null, false);
    }

    CountingAgent agent() {
        return agent;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The form body of a slash command {@code /shopsight text} by {@code user} in {@code channel}. */
    String command(String text, String channel, String user) {
        return form("token", "legacy", "team_id", "T0TEST", "team_domain", "test", "channel_id", channel, "channel_name",
                "general", "user_id", user, "user_name", "someone", "command", "/shopsight", "text", text, "response_url",
                standIn.url("hooks/commands/T0TEST/1/abc").toString(), "trigger_id", "1.2." + TRIGGERS.incrementAndGet());
    }

    /** Form fields, in order, URL-encoded as Slack sends them. */
    static String form(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            sb.append(i == 0 ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** The Unix seconds of the server's clock now, as Slack would sign them. */
    String now() {
        return Long.toString(clock.instant().getEpochSecond());
    }

    /** {@code body} POSTed to {@code path} signed by Slack's SDK at the server's current time. */
    HttpResponse<String> slack(String path, String contentType, String body, String... headers) {
        String ts = now();
        String signature = new SlackSignature.Generator(SLACK_SECRET).generate(ts, body);
        return post(path, contentType, body, concat(headers, "X-Slack-Request-Timestamp", ts, "X-Slack-Signature", signature));
    }

    HttpResponse<String> command(String body) {
        return slack(Hooks.SLASH_COMMAND, "application/x-www-form-urlencoded", body);
    }

    HttpResponse<String> event(String json, String... headers) {
        return slack(Hooks.EVENTS, "application/json", json, headers);
    }

    /** {@code json} POSTed to the webhook, signed with the webhook secret at the server's current time. */
    HttpResponse<String> webhook(String json) {
        String ts = now();
        return post(Hooks.WEBHOOK, "application/json", json, Hooks.WEBHOOK_TIMESTAMP, ts, Hooks.WEBHOOK_SIGNATURE,
                webhookSignature(ts, json));
    }

    String webhookSignature(String ts, String body) {
        return new V0Signature(WEBHOOK_SECRET, clock).sign(ts, body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(60)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            standIn.close();
        }
    }
}
