package com.shopsight.web.slack;

import static com.shopsight.web.slack.HooksServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.Question;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A slash command end to end: acknowledged at once, answered by the offline planner on the tiny data at the response_url. */
class SlashCommandTest {
    private static final Pattern LINK = Pattern.compile("<(https://shopsight\\.example\\.com/answers/([^|>]+))\\|");

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

    @Test
    void the_answer_arrives_at_the_response_url_with_text_table_sql_and_a_link_to_its_page() {
        HttpResponse<String> ack = server.command(server.command("top 5 product types by revenue", "C100", "U024BE7LH"));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(json(ack.body()).path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(json(ack.body()).path("text").asText()).isEqualTo("Looking into “top 5 product types by revenue”…");

        StandIn.Received posted = server.standIn.next(60);
        assertThat(posted.path()).isEqualTo("/hooks/commands/T0TEST/1/abc");
        JsonNode message = posted.json();
        assertThat(message.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(message.path("text").asText()).startsWith("Top 5 product types by revenue");
        JsonNode blocks = message.path("blocks");
        assertThat(blocks.get(0).at("/elements/0/text").asText()).isEqualTo("<@U024BE7LH> asked: top 5 product types by revenue");
        assertThat(blocks.get(1).at("/text/text").asText()).startsWith("Top 5 product types by revenue").contains("1. *");
        assertThat(blocks.get(2).at("/text/text").asText()).startsWith("```\nproduct_type").contains("revenue").endsWith("```");
        assertThat(blocks.get(3).at("/text/text").asText()).startsWith("*SQL*\n```\nSELECT").contains("SUM(t.price)");
        String footer = blocks.get(blocks.size() - 1).at("/elements/0/text").asText();
        Matcher link = LINK.matcher(footer);
        assertThat(link.find()).as(footer).isTrue();

        HttpResponse<String> page = server.get("/answers/" + link.group(2));
        assertThat(page.statusCode()).as("the linked answer page exists").isEqualTo(200);
        assertThat(page.body()).contains("Top 5 product types by revenue");
    }

    @Test
    void a_slow_answer_is_still_acknowledged_within_three_seconds() {
        server.agent().slow(8_000);

        long start = System.nanoTime();
        HttpResponse<String> ack = server.command(server.command("top 3 colours by revenue", "C101", "U1"));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(millis).as("Slack gives up after 3 s; the answer takes 8 s").isLessThan(3_000);
        assertThat(server.standIn.next(90).json().path("text").asText()).startsWith("Top 3 colours by revenue");
    }

    @Test
    void a_follow_up_in_the_same_channel_continues_the_conversation() {
        server.command(server.command("top 5 product types by units sold", "C102", "U1"));
        String first = server.standIn.next(60).json().path("text").asText();
        server.command(server.command("and in 2019?", "C102", "U2"));
        String second = server.standIn.next(60).json().path("text").asText();

        assertThat(first).startsWith("Top 5 product types by units sold, all time");
        assertThat(second).startsWith("Top 5 product types by units sold, 2019");
        assertThat(server.agent().questions()).extracting(Question::conversationId).doesNotContainNull().hasSize(2)
                .containsOnly(server.agent().questions().get(0).conversationId());
        assertThat(server.agent().questions()).extracting(Question::surface).containsOnly("slack");
    }

    @Test
    void another_channel_is_another_conversation() {
        server.command(server.command("top 5 product types by units sold", "C103", "U1"));
        server.standIn.next(60);
        server.command(server.command("and in 2019?", "C104", "U1"));
        server.standIn.next(60);

        assertThat(server.agent().questions().get(0).conversationId()).isNotEqualTo(server.agent().questions().get(1).conversationId());
    }

    @Test
    void a_failure_comes_back_as_a_friendly_message_not_a_stack_trace() {
        server.agent().failWith(new IllegalStateException("boom at com.shopsight.Secret.method(Secret.java:42)"));

        assertThat(server.command(server.command("top 5 colours", "C105", "U1")).statusCode()).isEqualTo(200);
        JsonNode message = server.standIn.next(60).json();

        assertThat(message.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(message.path("text").asText()).startsWith("Sorry, ShopSight could not answer that");
        assertThat(message.toString()).doesNotContain("boom", "Exception", "Secret.java", "at com.");
    }

    @Test
    void help_and_an_empty_command_explain_themselves_without_asking_anything() {
        HttpResponse<String> empty = server.command(server.command("", "C106", "U1"));
        HttpResponse<String> help = server.command(server.command("help", "C106", "U1"));

        assertThat(json(empty.body()).path("text").asText()).contains("/shopsight top 5 product types by revenue");
        assertThat(json(help.body()).path("text").asText()).isEqualTo(json(empty.body()).path("text").asText());
        assertThat(server.agent().questions()).isEmpty();
    }

    @Test
    void slacks_certificate_check_gets_an_empty_200() {
        HttpResponse<String> r = server.command("ssl_check=1&token=legacy");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(server.agent().questions()).isEmpty();
    }

    @Test
    void a_response_url_outside_slack_is_never_called() {
        String body = server.command("top 5 colours", "C107", "U1").replaceFirst("response_url=[^&]+",
                "response_url=https%3A%2F%2Fevil.example%2Fcollect");

        HttpResponse<String> ack = server.command(body);

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(json(ack.body()).path("text").asText()).contains("cannot reply");
        assertThat(server.agent().questions()).isEmpty();
    }
}
