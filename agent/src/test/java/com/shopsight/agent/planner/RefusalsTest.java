package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Refusals: destructive requests, data ShopSight does not have, and chat get an answer that
 * says why, with examples of what it can answer, and run no SQL; and nothing a question says
 * ever makes anything but a SELECT reach the database.
 */
class RefusalsTest {
    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "delete all transactions | destructive | never changes or deletes",
        "drop table articles | destructive | never changes or deletes",
        "DROP TABLE transactions; -- | destructive | never changes or deletes",
        "top 5 colours'; DELETE FROM customers; -- | destructive | never changes or deletes",
        "update the prices of dresses | destructive | never changes or deletes",
        "truncate customers | destructive | never changes or deletes",
        "insert a new product called test | destructive | never changes or deletes",
        "please wipe the customer data | destructive | never changes or deletes",
        "what's the weather tomorrow | unavailable | no weather data",
        "how many trousers are in stock | unavailable | no stock or inventory data",
        "what are our margins on trousers | unavailable | no cost or margin data",
        "profit by product type | unavailable | no cost or margin data",
        "which stores sell the most | unavailable | no store or location data",
        "sales by country | unavailable | no store or location data",
        "how many orders did we get last week | unavailable | no orders",
        "how do we compare with Zara | unavailable | no competitor data",
        "sales by gender | unavailable | no gender",
        "how many returns last month | unavailable | no returns data",
        "hello | chat | answers questions about H&M sales",
        "thanks! | chat | answers questions about H&M sales",
        "tell me a joke | chat | answers questions about H&M sales",
        "write a poem about trousers | chat | answers questions about H&M sales",
        "what can you do? | chat | answers questions about H&M sales",
    })
    void refuses_with_the_reason_and_examples_and_runs_no_sql(String question, String kind, String reason) {
        Answer a = fixture.ask(question);
        assertThat(a.understood()).startsWith("refused (" + kind + ")");
        assertThat(a.answer()).contains(reason).contains("Questions I can answer").contains("- top 10 product types");
        assertThat(a.sql()).isNull();
        assertThat(a.table()).isNull();
        assertThat(a.steps()).extracting(Step::sql).containsOnlyNulls();
    }

    @Test
    void a_greeting_before_a_question_does_not_stop_it() {
        Answer a = fixture.ask("hi! top 5 colours by revenue please");
        assertThat(a.understood()).isEqualTo("revenue, top 5 colours, all time");
    }

    @Test
    void nothing_but_selects_reach_the_database_and_no_question_text_reaches_the_sql() throws IOException {
        List<String> hostile = List.of("show sales for ' OR 1=1 --", "revenue; DROP TABLE customers",
                "top 5 colours by revenue UNION SELECT * FROM customers", "sales of \"Robert'); DROP TABLE articles;--\"",
                "COPY transactions TO '/tmp/x.csv'", "ATTACH '/tmp/evil.db'", "revenue by index group /* comment */");
        for (String q : hostile) {
            Answer a = fixture.ask(q);
            if (a.sql() != null) {
                assertThat(a.sql().toUpperCase(Locale.ROOT)).as(q).doesNotContain("1=1").doesNotContain("DROP")
                        .doesNotContain("UNION").doesNotContain("COPY").doesNotContain("ATTACH").doesNotContain("/*");
            }
        }
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(fixture.folder.resolve("audit.jsonl"));
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode entry = json.readTree(line);
            assertThat(entry.path("sql").asText().stripLeading().toUpperCase(Locale.ROOT)).as(line)
                    .matches("(?s)(SELECT|WITH) .*");
            assertThat(entry.path("verdict").asText()).as(line).isEqualTo("accepted");
        }
    }
}
