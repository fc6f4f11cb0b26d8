package com.shopsight.web.slack;

import static com.shopsight.web.slack.HooksServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.Question;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Events API end to end: the challenge, mentions and direct messages answered in threads with chat.postMessage, retries taken once. */
class SlackEventsTest {
    private static final AtomicInteger IDS = new AtomicInteger();

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

    /** An event_callback with a fresh event id around {@code event}. */
    private static String callback(String eventId, String event) {
        return "{\"token\": \"legacy\", \"team_id\": \"T0TEST\", \"api_app_id\": \"A0TEST\", \"type\": \"event_callback\","
                + " \"event_id\": \"" + eventId + "\", \"event_time\": 1700000000, \"event\": " + event + "}";
    }

    private static String mention(String text, String ts, String threadTs) {
        return "{\"type\": \"app_mention\", \"user\": \"U024BE7LH\", \"text\": \"<@U0BOT> " + text + "\", \"ts\": \"" + ts + "\","
                + (threadTs == null ? "" : " \"thread_ts\": \"" + threadTs + "\",") + " \"channel\": \"C200\", \"event_ts\": \"" + ts + "\"}";
    }

    private static String newId() {
        return "Ev" + IDS.incrementAndGet();
    }

    @Test
    void answers_slacks_url_verification_challenge_once_signed() {
        String challenge = "{\"token\": \"legacy\", \"challenge\": \"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                + " \"type\": \"url_verification\"}";

        HttpResponse<String> signed = server.event(challenge);
        HttpResponse<String> unsigned = server.post(Hooks.EVENTS, "application/json", challenge);

        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(json(signed.body()).path("challenge").asText()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
        assertThat(unsigned.statusCode()).isEqualTo(401);
    }

    @Test
    void a_mention_is_answered_in_its_thread_with_chat_post_message() {
        HttpResponse<String> ack = server.event(callback(newId(), mention("top 5 colours by revenue", "1700000000.000100", null)));

        assertThat(ack.statusCode()).isEqualTo(200);
        StandIn.Received post = server.standIn.next(60);
        assertThat(post.path()).isEqualTo("/api/chat.postMessage");
        assertThat(post.header("Authorization")).isEqualTo("Bearer " + HooksServer.BOT_TOKEN);
        assertThat(post.header("Content-Type")).startsWith("application/json");
        JsonNode message = post.json();
        assertThat(message.path("channel").asText()).isEqualTo("C200");
        assertThat(message.path("thread_ts").asText()).isEqualTo("1700000000.000100");
        assertThat(message.path("text").asText()).startsWith("Top 5 colours by revenue");
        assertThat(message.path("unfurl_links").asBoolean(true)).isFalse();
        JsonNode blocks = message.path("blocks");
        assertThat(blocks.get(0).at("/text/text").asText()).startsWith("Top 5 colours by revenue");
        assertThat(blocks.get(1).at("/text/text").asText()).startsWith("```\ncolour");
        assertThat(blocks.get(2).at("/text/text").asText()).startsWith("*SQL*\n```\nSELECT");
        assertThat(blocks.get(blocks.size() - 1).at("/elements/0/text").asText())
                .startsWith("<https://shopsight.example.com/answers/a-");
        assertThat(server.agent().questions()).extracting(Question::text).containsExactly("top 5 colours by revenue");
    }

    @Test
    void slacks_retries_of_an_event_are_taken_once() {
        String id = newId();
        String body = callback(id, mention("top 3 colours by revenue", "1700000001.000100", null));

        HttpResponse<String> first = server.event(body);
        // Slack signs a retry afresh: a minute later, with its retry number.
        server.clock.set(Instant.now().plusSeconds(60));
        HttpResponse<String> retry = server.event(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");
        server.clock.set(Instant.now().plusSeconds(120));
        HttpResponse<String> again = server.event(body, "X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout");
        server.clock.release();

        assertThat(List.of(first.statusCode(), retry.statusCode(), again.statusCode())).containsOnly(200);
        assertThat(server.standIn.next(60).path()).isEqualTo("/api/chat.postMessage");
        // A sentinel mention answered after the retries: had a retry been taken, its question would be counted too.
        server.event(callback(newId(), mention("top 2 colours", "1700000002.000100", null)));
        server.standIn.next(60);
        assertThat(server.agent().questions()).extracting(Question::text).containsExactly("top 3 colours by revenue", "top 2 colours");
        assertThat(server.standIn.drain()).isEmpty();
    }

    @Test
    void a_follow_up_in_the_thread_continues_the_conversation() {
        server.event(callback(newId(), mention("top 5 product types by units sold", "1700000003.000100", null)));
        JsonNode first = server.standIn.next(60).json();
        server.event(callback(newId(), mention("and in 2019?", "1700000003.000200", "1700000003.000100")));
        JsonNode second = server.standIn.next(60).json();

        assertThat(first.path("text").asText()).startsWith("Top 5 product types by units sold, all time");
        assertThat(second.path("thread_ts").asText()).isEqualTo("1700000003.000100");
        assertThat(second.path("text").asText()).startsWith("Top 5 product types by units sold, 2019");
        List<Question> asked = server.agent().questions();
        assertThat(asked.get(1).conversationId()).isEqualTo(asked.get(0).conversationId());
    }

    @Test
    void a_direct_message_is_answered_where_it_was_written() {
        String dm = "{\"type\": \"message\", \"channel_type\": \"im\", \"user\": \"U024BE7LH\", \"text\": \"top 3 colours by revenue\","
                + " \"ts\": \"1700000004.000100\", \"channel\": \"D300\", \"event_ts\": \"1700000004.000100\"}";

        assertThat(server.event(callback(newId(), dm)).statusCode()).isEqualTo(200);
        JsonNode message = server.standIn.next(60).json();

        assertThat(message.path("channel").asText()).isEqualTo("D300");
        assertThat(message.has("thread_ts")).isFalse();
        assertThat(message.path("text").asText()).startsWith("Top 3 colours by revenue");
    }

    @Test
    void bots_edits_and_other_events_are_acknowledged_and_left_alone() {
        String bot = "{\"type\": \"message\", \"channel_type\": \"im\", \"subtype\": \"bot_message\", \"bot_id\": \"B1\","
                + " \"text\": \"top 3 colours\", \"ts\": \"1.1\", \"channel\": \"D300\"}";
        String botMention = "{\"type\": \"app_mention\", \"bot_id\": \"B1\", \"user\": \"U0OTHERBOT\", \"text\": \"<@U0BOT> top 3 colours\","
                + " \"ts\": \"1.2\", \"channel\": \"C200\"}";
        String edit = "{\"type\": \"message\", \"channel_type\": \"im\", \"subtype\": \"message_changed\", \"channel\": \"D300\","
                + " \"ts\": \"1.3\", \"message\": {\"text\": \"top 3 colours\"}}";
        String channelMessage = "{\"type\": \"message\", \"channel_type\": \"channel\", \"user\": \"U1\", \"text\": \"top 3 colours\","
                + " \"ts\": \"1.4\", \"channel\": \"C200\"}";
        String reaction = "{\"type\": \"reaction_added\", \"user\": \"U1\", \"reaction\": \"thumbsup\"}";

        for (String event : List.of(bot, botMention, edit, channelMessage, reaction)) {
            HttpResponse<String> r = server.event(callback(newId(), event));
            assertThat(r.statusCode()).as(event).isEqualTo(200);
        }
        server.event(callback(newId(), mention("top 2 colours", "1700000005.000100", null)));
        server.standIn.next(60);
        assertThat(server.agent().questions()).extracting(Question::text).containsExactly("top 2 colours");
        assertThat(server.standIn.drain()).isEmpty();
    }

    @Test
    void a_mention_without_a_question_gets_the_usage_note() {
        server.event(callback(newId(), "{\"type\": \"app_mention\", \"user\": \"U1\", \"text\": \"<@U0BOT>\", \"ts\": \"1700000006.000100\","
                + " \"channel\": \"C200\"}"));

        JsonNode message = server.standIn.next(60).json();

        assertThat(message.path("thread_ts").asText()).isEqualTo("1700000006.000100");
        assertThat(message.at("/blocks/0/text/text").asText()).contains("@ShopSight top 5 product types by revenue");
        assertThat(server.agent().questions()).isEmpty();
    }

    @Test
    void a_body_that_is_not_an_event_is_a_bad_request() {
        HttpResponse<String> r = server.event("not json");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r.body()).path("code").asText()).isEqualTo("bad_request");
        assertThat(r.headers().firstValue("X-Slack-No-Retry")).as("no use retrying it").hasValue("1");
    }
}
