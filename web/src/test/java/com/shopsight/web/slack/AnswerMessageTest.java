package com.shopsight.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Table;
import com.shopsight.agent.answer.Usage;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An Answer as Block Kit, as Slack receives it (serialised by the SDK's own Gson setup). */
class AnswerMessageTest {
    private static final URI SITE = URI.create("https://shopsight.example.com");

    private static Answer answer(String text, Table table, String sql, List<String> notices) {
        return new Answer("a-1234", "top colours <!channel>", "c-1", Mode.OFFLINE, null, text, List.of(), table, null, sql,
                "revenue, top colours", notices, new Usage(0, 0, 0, 42));
    }

    private static JsonNode blocks(Answer a, String askedBy) throws IOException {
        return new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(AnswerMessage.blocks(a, askedBy, SITE)));
    }

    @Test
    void has_the_text_the_table_the_sql_and_a_link_to_the_page() throws IOException {
        Table table = new Table(List.of(new Table.Column("colour", "VARCHAR"), new Table.Column("revenue", "DOUBLE"),
                new Table.Column("share", "DOUBLE")), List.of(List.of("Black", 1234.5, 0.25), List.of("White", 99.0, 0.1)));
        JsonNode blocks = blocks(answer("Top colours: **Black** leads.", table, "SELECT colour_group_name FROM articles",
                List.of("Partial weeks were left out.")), "U024BE7LH");

        assertThat(blocks.get(0).path("type").asText()).isEqualTo("context");
        assertThat(blocks.get(0).at("/elements/0/text").asText()).isEqualTo("<@U024BE7LH> asked: top colours &lt;!channel&gt;");
        assertThat(blocks.get(1).at("/text/text").asText()).isEqualTo("Top colours: *Black* leads.");
        assertThat(blocks.get(2).at("/text/text").asText()).isEqualTo(
                "```\ncolour   revenue  share\nBlack   1,234.50  25.0%\nWhite      99.00  10.0%\n```");
        assertThat(blocks.get(3).at("/text/text").asText()).isEqualTo("*SQL*\n```\nSELECT colour_group_name FROM articles\n```");
        assertThat(blocks.get(4).at("/elements/0/text").asText()).contains("Partial weeks were left out.");
        assertThat(blocks.get(5).at("/elements/0/text").asText())
                .isEqualTo("<https://shopsight.example.com/answers/a-1234|Open the full answer in ShopSight> · offline planner · 42 ms");
        blocks.forEach(b -> {
            JsonNode text = b.has("text") ? b.get("text") : b.at("/elements/0");
            assertThat(text.path("verbatim").asBoolean()).as("verbatim: no automatic mentions or links").isTrue();
        });
    }

    @Test
    void nothing_from_the_answer_or_the_data_becomes_a_mention_or_a_link() throws IOException {
        Table table = new Table(List.of(new Table.Column("name", "VARCHAR")), List.of(List.of("<!channel> ```<https://evil.example|x>")));
        String text = "<!here> see <https://evil.example|this> and <@U123>";
        String json = blocks(answer(text, table, "SELECT '<!everyone>'", List.of("<!channel>")), null).toString();

        assertThat(json).doesNotContain("<!", "<@", "<https://evil");
        assertThat(json).contains("&lt;!here&gt;", "&lt;!channel&gt;", "&lt;!everyone&gt;");
    }

    @Test
    void long_tables_are_cut_to_a_few_rows_and_long_texts_to_slacks_limit() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(List.of("row " + i, (long) i));
        }
        Table table = new Table(List.of(new Table.Column("name", "VARCHAR"), new Table.Column("units", "BIGINT")), rows);
        JsonNode blocks = blocks(answer("x".repeat(5_000), table, "SELECT 1", List.of()), null);

        assertThat(blocks.get(0).at("/text/text").asText()).hasSizeLessThanOrEqualTo(AnswerMessage.SECTION_MAX).endsWith("…");
        assertThat(blocks.get(1).at("/text/text").asText()).contains("row 7").doesNotContain("row 8").contains("(8 of 40 rows, 2 of 2 columns)");
    }

    @Test
    void without_a_public_address_there_is_no_link() throws IOException {
        JsonNode blocks = new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(
                AnswerMessage.blocks(answer("Not understood.", null, null, List.of()), null, null)));

        assertThat(blocks).hasSize(2);
        assertThat(blocks.get(1).at("/elements/0/text").asText()).isEqualTo("offline planner · 42 ms");
    }
}
