package com.shopsight.web.slack;

import static com.shopsight.web.slack.HooksServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.Question;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forged, stale, replayed, unsigned and oversized requests to the signed endpoints are refused
 * with the right status, and nothing runs: the agent is never asked and nothing is posted.
 */
class SignedRequestsTest {
    @TempDir
    static Path folder;

    private static HooksServer server;

    @BeforeAll
    static void start() {
        server = HooksServer.start(folder);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void clean() {
        server.agent().reset();
        server.standIn.drain();
    }

    @AfterEach
    void releaseTheClock() {
        server.clock.release();
    }

    /**
     * Nothing ran: a signed sentinel question gets answered, and it is the only question the
     * agent saw and the only message posted (a job queued before it would have started first).
     */
    private static void assertNothingRan() {
        assertThat(server.command(server.command("top 3 colours", "CSENTINEL", "USENTINEL")).statusCode()).isEqualTo(200);
        assertThat(server.standIn.next(60).path()).isEqualTo("/hooks/commands/T0TEST/1/abc");
        assertThat(server.agent().questions()).extracting(Question::text).containsExactly("top 3 colours");
        assertThat(server.standIn.drain()).isEmpty();
    }

    private static String code(HttpResponse<String> r) {
        return json(r.body()).path("code").asText();
    }

    @Test
    void slacks_documented_example_request_passes_the_check_when_its_time_is_now() {
        server.clock.set(Instant.ofEpochSecond(Long.parseLong(V0SignatureTest.DOC_TIMESTAMP)));

        HttpResponse<String> r = server.post(Hooks.SLASH_COMMAND, "application/x-www-form-urlencoded", V0SignatureTest.DOC_BODY,
                "X-Slack-Request-Timestamp", V0SignatureTest.DOC_TIMESTAMP, "X-Slack-Signature", V0SignatureTest.DOC_SIGNATURE);

        // Its text is empty, so the answer is the usage note; its response_url is Slack's real one, never called here.
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r.body()).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(json(r.body()).path("text").asText()).startsWith("Ask ShopSight about H&amp;M sales");
        server.clock.release();
        assertNothingRan();
    }

    @Test
    void an_unsigned_request_is_refused() {
        HttpResponse<String> r = server.post(Hooks.SLASH_COMMAND, "application/x-www-form-urlencoded",
                server.command("top 5 colours", "C1", "U1"));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(code(r)).isEqualTo("unsigned");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertNothingRan();
    }

    @Test
    void a_forged_or_tampered_request_is_refused() {
        String body = server.command("top 5 colours", "C1", "U1");
        String ts = server.now();
        String forged = new V0Signature("not-the-secret", server.clock).sign(ts, body.getBytes());
        String signedForOther = new V0Signature(HooksServer.SLACK_SECRET, server.clock).sign(ts, "text=hello".getBytes());

        HttpResponse<String> wrongSecret = server.post(Hooks.SLASH_COMMAND, "application/x-www-form-urlencoded", body,
                "X-Slack-Request-Timestamp", ts, "X-Slack-Signature", forged);
        HttpResponse<String> tampered = server.post(Hooks.SLASH_COMMAND, "application/x-www-form-urlencoded", body,
                "X-Slack-Request-Timestamp", ts, "X-Slack-Signature", signedForOther);

        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(code(wrongSecret)).isEqualTo("bad_signature");
        assertThat(tampered.statusCode()).isEqualTo(401);
        assertNothingRan();
    }

    @Test
    void a_request_signed_more_than_five_minutes_ago_or_ahead_is_refused() {
        String body = server.command("top 5 colours", "C1", "U1");
        Instant now = Instant.now();

        server.clock.set(now.minusSeconds(301));
        String old = server.now();
        String oldSignature = new V0Signature(HooksServer.SLACK_SECRET, server.clock).sign(old, body.getBytes());
        server.clock.set(now.plusSeconds(301));
        String ahead = server.now();
        String aheadSignature = new V0Signature(HooksServer.SLACK_SECRET, server.clock).sign(ahead, body.getBytes());
        server.clock.release();

        HttpResponse<String> stale = server.post(Hooks.SLASH_COMMAND, "application/x-www-form-urlencoded", body,
                "X-Slack-Request-Timestamp", old, "X-Slack-Signature", oldSignature);
        HttpResponse<String> early = server.post(Hooks.SLASH_COMMAND, "application/x-www-form-urlencoded", body,
                "X-Slack-Request-Timestamp", ahead, "X-Slack-Signature", aheadSignature);

        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(code(stale)).isEqualTo("stale");
        assertThat(early.statusCode()).isEqualTo(401);
        assertThat(code(early)).isEqualTo("stale");
        assertNothingRan();
    }

    @Test
    void a_replayed_request_is_refused_at_any_signed_endpoint() {
        String body = server.command("top 2 colours", "C1", "U1");
        String ts = server.now();
        String signature = new V0Signature(HooksServer.SLACK_SECRET, server.clock).sign(ts, body.getBytes());
        String[] headers = {"X-Slack-Request-Timestamp", ts, "X-Slack-Signature", signature};

        HttpResponse<String> first = server.post(Hooks.SLASH_COMMAND, "application/x-www-form-urlencoded", body, headers);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(server.standIn.next(60).path()).isEqualTo("/hooks/commands/T0TEST/1/abc");
        HttpResponse<String> again = server.post(Hooks.SLASH_COMMAND, "application/x-www-form-urlencoded", body, headers);
        HttpResponse<String> elsewhere = server.post(Hooks.EVENTS, "application/x-www-form-urlencoded", body, headers);

        assertThat(again.statusCode()).isEqualTo(401);
        assertThat(code(again)).isEqualTo("replayed");
        assertThat(elsewhere.statusCode()).isEqualTo(401);
        assertThat(code(elsewhere)).isEqualTo("replayed");
        assertThat(server.agent().questions()).hasSize(1);
        server.agent().reset();
        assertNothingRan();
    }

    @Test
    void an_oversized_body_is_refused_before_its_signature_is_computed() {
        String big = server.command("x".repeat(40_000), "C1", "U1");
        String bigJson = "{\"question\": \"" + "x".repeat(20_000) + "\"}";

        HttpResponse<String> slack = server.command(big);
        HttpResponse<String> webhook = server.webhook(bigJson);

        assertThat(slack.statusCode()).isEqualTo(413);
        assertThat(code(slack)).isEqualTo("too_large");
        assertThat(webhook.statusCode()).isEqualTo(413);
        assertNothingRan();
    }

    @Test
    void another_spelling_of_the_path_is_no_way_around_the_check() {
        String body = server.command("top 5 colours", "C1", "U1");

        HttpResponse<String> slash = server.post(Hooks.SLASH_COMMAND + "/", "application/x-www-form-urlencoded", body);
        HttpResponse<String> get = server.get(Hooks.SLASH_COMMAND);

        assertThat(slash.statusCode()).isEqualTo(401);
        assertThat(get.statusCode()).isEqualTo(405);
        assertNothingRan();
    }

    @Test
    void the_webhook_refuses_what_slack_refuses() {
        String json = "{\"question\": \"top 5 colours\"}";
        String ts = server.now();
        String good = server.webhookSignature(ts, json);

        HttpResponse<String> unsigned = server.post(Hooks.WEBHOOK, "application/json", json);
        HttpResponse<String> slackSigned = server.post(Hooks.WEBHOOK, "application/json", json, Hooks.WEBHOOK_TIMESTAMP, ts,
                Hooks.WEBHOOK_SIGNATURE, new V0Signature(HooksServer.SLACK_SECRET, server.clock).sign(ts, json.getBytes()));
        HttpResponse<String> stale = server.post(Hooks.WEBHOOK, "application/json", json, Hooks.WEBHOOK_TIMESTAMP,
                Long.toString(Long.parseLong(ts) - 400), Hooks.WEBHOOK_SIGNATURE,
                server.webhookSignature(Long.toString(Long.parseLong(ts) - 400), json));
        HttpResponse<String> first = server.post(Hooks.WEBHOOK, "application/json", json, Hooks.WEBHOOK_TIMESTAMP, ts,
                Hooks.WEBHOOK_SIGNATURE, good);
        HttpResponse<String> replay = server.post(Hooks.WEBHOOK, "application/json", json, Hooks.WEBHOOK_TIMESTAMP, ts,
                Hooks.WEBHOOK_SIGNATURE, good);

        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(slackSigned.statusCode()).as("Slack's secret does not sign for the webhook").isEqualTo(401);
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(code(replay)).isEqualTo("replayed");
        assertThat(server.agent().questions()).hasSize(1);
        server.agent().reset();
        assertNothingRan();
    }

    @Test
    void a_question_too_long_is_explained_and_not_asked() {
        HttpResponse<String> r = server.command(server.command("y".repeat(Question.MAX_LENGTH + 1), "C1", "U1"));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r.body()).path("text").asText()).contains("longer than 2000 characters");
        assertNothingRan();
    }
}
