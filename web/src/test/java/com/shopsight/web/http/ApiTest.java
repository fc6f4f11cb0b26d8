package com.shopsight.web.http;

import static com.shopsight.web.http.TestServer.body;
import static com.shopsight.web.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every endpoint of the REST API on a real port, with good input and with bad. */
class ApiTest {
    @TempDir
    static Path folder;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, WebConfig.local());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void ask_returns_the_answer_contract_and_a_follow_up_continues_the_conversation() {
        HttpResponse<String> first = server.post("/api/ask", body(Map.of("question", "top 5 colours by revenue", "mode", "offline")));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode a = json(first);
        assertThat(a.properties()).extracting(Map.Entry::getKey).containsExactly("id", "question", "conversationId", "mode",
                "model", "answer", "steps", "table", "chart", "sql", "understood", "notices", "usage");
        assertThat(a.get("mode").asText()).isEqualTo("offline");
        assertThat(a.get("table").get("rows")).hasSize(5);
        assertThat(a.get("sql").asText()).contains("SUM(t.price)");
        assertThat(a.get("steps").get(0).properties()).extracting(Map.Entry::getKey)
                .containsExactly("tool", "input", "sql", "rows", "ms", "error");

        String conversation = a.get("conversationId").asText();
        JsonNode next = json(server.post("/api/ask", body(Map.of("question", "top 3 instead", "conversationId", conversation))));
        assertThat(next.get("conversationId").asText()).isEqualTo(conversation);
        assertThat(next.get("table").get("rows")).hasSize(3);
    }

    @Test
    void a_repeated_first_question_reuses_the_answer_in_a_conversation_of_its_own_that_takes_follow_ups() {
        JsonNode first = json(server.post("/api/ask", body(Map.of("question", "top 4 sections by revenue"))));
        JsonNode again = json(server.post("/api/ask", body(Map.of("question", "top 4 sections by revenue"))));

        assertThat(again.get("id").asText()).isNotEqualTo(first.get("id").asText()).matches("a-[0-9a-f]{16}");
        assertThat(again.get("conversationId").asText()).isNotEqualTo(first.get("conversationId").asText());
        assertThat(again.get("table")).isEqualTo(first.get("table"));
        assertThat(server.get("/answers/" + again.get("id").asText()).statusCode()).isEqualTo(200);

        JsonNode followUp = json(server.post("/api/ask", body(Map.of("question", "top 2 instead",
                "conversationId", again.get("conversationId").asText()))));
        assertThat(followUp.get("table").get("rows")).hasSize(2);
        assertThat(followUp.get("understood").asText()).contains("section");
    }

    @Test
    void the_stream_sends_the_steps_as_they_happen_then_the_answer() {
        HttpResponse<String> r = server.post("/api/ask/stream", body(Map.of("question", "revenue by index group in 2019")),
                "Accept", "text/event-stream");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        List<String> events = r.body().lines().filter(l -> l.startsWith("event: ")).map(l -> l.substring(7)).toList();
        assertThat(events).containsSubsequence("step-started", "step", "step-started", "step", "text", "answer");
        assertThat(events.get(events.size() - 1)).isEqualTo("answer");
        String answerData = r.body().lines().filter(l -> l.startsWith("data: ")).reduce((x, y) -> y).orElseThrow();
        JsonNode answer = TestServer.json(answerData.substring(6));
        assertThat(answer.get("question").asText()).isEqualTo("revenue by index group in 2019");
        assertThat(answer.get("table").get("columns").get(0).get("name").asText()).isEqualTo("index_group");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no question                 | {}                                               | question is required",
        "blank question              | {\"question\": \"  \"}                           | question is required",
        "malformed JSON              | {\"question\": \"top 5\"                         | not the JSON object",
        "not an object               | [1, 2]                                           | not the JSON object",
        "wrong type                  | {\"question\": {\"a\": 1}}                       | not the JSON object",
        "bad conversation id         | {\"question\": \"top 5\", \"conversationId\": \"../etc\"} | conversationId must be",
        "bad mode                    | {\"question\": \"top 5\", \"mode\": \"gpt\"}      | mode must be auto, llm or offline",
    })
    void ask_refuses_bad_input_with_400_and_says_why(String name, String requestBody, String message) {
        HttpResponse<String> r = server.post("/api/ask", requestBody);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = json(r);
        assertThat(error.get("code").asText()).isEqualTo("bad_request");
        assertThat(error.get("message").asText()).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no question     | {}                                          | question is required",
        "malformed JSON  | {\"question\": \"top 5\"                    | not the JSON object",
        "bad mode        | {\"question\": \"top 5\", \"mode\": \"gpt\"} | mode must be auto, llm or offline",
    })
    void the_stream_refuses_bad_input_as_json_before_any_event(String name, String requestBody, String message) {
        HttpResponse<String> r = server.post("/api/ask/stream", requestBody, "Accept", "text/event-stream");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json(r).get("message").asText()).contains(message);
    }

    @Test
    void ask_refuses_a_question_over_the_length_limit() {
        HttpResponse<String> r = server.post("/api/ask", body(Map.of("question", "x".repeat(2_001))));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("message").asText()).contains("longer than 2000 characters");
    }

    @Test
    void a_body_over_the_size_limit_gets_413() {
        HttpResponse<String> r = server.post("/api/ask", body(Map.of("question", "y".repeat(70_000))));

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(json(r).get("code").asText()).isEqualTo("too_large");
    }

    @Test
    void the_api_takes_json_only() {
        HttpResponse<String> form = server.postRaw("/api/ask", "application/x-www-form-urlencoded", "question=top+5");
        HttpResponse<String> none = server.postRaw("/api/sql", null, "{\"sql\": \"SELECT 1\"}");

        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(json(form).get("code").asText()).isEqualTo("unsupported_media_type");
        assertThat(none.statusCode()).isEqualTo(415);
    }

    @Test
    void a_wrong_method_and_an_unknown_address_are_json_errors() {
        HttpResponse<String> method = server.get("/api/ask");
        HttpResponse<String> unknown = server.get("/api/nothing-here");

        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(json(method).get("code").asText()).isEqualTo("method_not_allowed");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("code").asText()).isEqualTo("not_found");
    }

    @Test
    void sql_runs_through_the_gate_with_timing_and_row_count() {
        HttpResponse<String> r = server.post("/api/sql", body(Map.of("sql",
                "SELECT index_group_name, count(*) AS n FROM articles GROUP BY 1 ORDER BY 1", "maxRows", 3)));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode rows = json(r);
        assertThat(rows.get("status").asText()).isEqualTo("rows");
        assertThat(rows.get("rowCount").asInt()).isEqualTo(3);
        assertThat(rows.get("truncated").asBoolean()).isTrue();
        assertThat(rows.get("elapsedMs").asLong()).isNotNegative();
        assertThat(rows.get("columns").get(1).get("name").asText()).isEqualTo("n");
    }

    @Test
    void rejected_sql_gets_422_with_the_gates_code_message_hint_and_position() {
        HttpResponse<String> r = server.post("/api/sql", body(Map.of("sql", "SELECT prod_type FROM articles")));

        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode e = json(r);
        assertThat(e.get("code").asText()).isEqualTo("unknown_column");
        assertThat(e.get("message").asText()).contains("prod_type");
        assertThat(e.get("position").asInt()).isEqualTo(7);
        assertThat(e.get("hint").asText()).isNotBlank();
    }

    @Test
    void sql_that_writes_is_refused() {
        JsonNode e = json(server.post("/api/sql", body(Map.of("sql", "DROP TABLE articles"))));

        assertThat(e.get("code").asText()).isEqualTo("forbidden_statement");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no sql        | {}                                   | sql is required",
        "too many rows | {\"sql\": \"SELECT 1\", \"maxRows\": 5000} | maxRows must be between 1 and 1000",
        "no rows       | {\"sql\": \"SELECT 1\", \"maxRows\": 0}    | maxRows must be between 1 and 1000",
    })
    void sql_refuses_bad_input_with_400(String name, String requestBody, String message) {
        HttpResponse<String> r = server.post("/api/sql", requestBody);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("message").asText()).contains(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/api/forecast?horizon=99                     | 400 | bad_request | horizon must be between 1 and 52",
        "/api/forecast?horizon=four                   | 400 | bad_request | is not a valid value for horizon",
        "/api/forecast?channel=mail                   | 400 | bad_request | mail",
        "/api/forecast?from=yesterday                 | 400 | bad_request | from must be a date",
        "/api/forecast?productType=Trousrs            | 404 | unknown_value | Trousrs",
        "/api/segments?analysis=astro                 | 400 | bad_request | astro",
        "/api/segments?productType=Trousers&from=2030-01-01 | 422 | no_data |",
        "/api/churn?weeks=0                           | 400 | bad_request | weeks must be between 1 and 26",
        "/api/churn?top=5000                          | 400 | bad_request | top must be at most 1000",
        "/api/rules?item=Unicorn%20onesie             | 404 | unknown_item | Unicorn onesie",
        "/api/rules?item=Bikini%20top&minSupport=2    | 400 | bad_request | min support must be above 0 and at most 1",
        "/api/rules?item=Bikini%20top&level=shoe_size | 400 | bad_request | shoe_size",
        "/api/rules                                   | 400 | bad_request | is required",
        "/api/search?q=black%20dress&limit=500        | 400 | bad_request | limit must be between 1 and 200",
        "/api/search?q=                               | 400 | bad_request | is required",
        "/api/report?item=Unicorn%20onesies           | 404 | unknown_value | Unicorn onesies",
        "/api/report?productType=Trousers&horizon=99  | 400 | bad_request | horizon must be between 1 and 12",
        "/api/report                                  | 400 | bad_request | say what to report on",
    })
    void tool_endpoints_refuse_bad_parameters_and_say_what_they_cannot_do(String path, int status, String code, String message) {
        HttpResponse<String> r = server.get(path);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(json(r).get("code").asText()).isEqualTo(code);
        assertThat(json(r).get("message").asText()).isNotBlank().contains(message == null ? "" : message);
    }

    @Test
    void rules_find_what_sells_with_bikini_tops() {
        HttpResponse<String> r = server.get("/api/rules?item=Bikini%20top");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode rules = json(r).get("rules");
        assertThat(rules).isNotEmpty();
        assertThat(rules.get(0).get("antecedent").toString()).contains("Bikini top");
        // The planted pair: a bikini top's best partner is a swimwear bottom.
        assertThat(rules.get(0).get("consequent").toString()).contains("Swimwear bottom");
        assertThat(rules.get(0).get("lift").asDouble()).isGreaterThan(2);
    }

    @Test
    void search_finds_dresses_and_says_what_it_cannot_match() {
        JsonNode dresses = json(server.get("/api/search?q=black%20dress&limit=5"));
        assertThat(dresses.get("status").asText()).isEqualTo("found");
        assertThat(dresses.get("articles")).hasSizeBetween(1, 5);
        assertThat(dresses.get("articles").get(0).toString()).contains("Dress").contains("Black");

        JsonNode nike = json(server.get("/api/search?q=Nike%20running%20shoes"));
        assertThat(nike.toString()).contains("Nike");
        assertThat(nike.get("message").asText()).containsIgnoringCase("nike");
    }

    @Test
    void report_on_a_product_type() {
        HttpResponse<String> r = server.get("/api/report?productType=Trousers");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.get("subject").asText()).contains("Trousers");
        assertThat(report.get("lifecycle").get("stage").asText()).isNotBlank();
        assertThat(report.get("forecast").get("forecast")).hasSize(4);
    }

    @Test
    void forecast_of_a_product_type() {
        HttpResponse<String> r = server.get("/api/forecast?productType=Trousers&horizon=6&metric=revenue");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode f = json(r);
        assertThat(f.get("status").asText()).isEqualTo("ok");
        assertThat(f.get("forecast")).hasSize(6);
        assertThat(f.get("series").asText()).contains("Trousers");
        assertThat(f.get("sql")).isNotEmpty();
    }

    @Test
    void segments_of_the_buyers_of_a_product_type_and_rfm_of_everyone() {
        JsonNode buyers = json(server.get("/api/segments?productType=Bikini%20top"));
        JsonNode rfm = json(server.get("/api/segments?analysis=rfm"));

        assertThat(buyers.get("status").asText()).isEqualTo("buyers");
        assertThat(buyers.get("rows")).isNotEmpty();
        assertThat(rfm.get("status").asText()).isEqualTo("rfm");
    }

    @Test
    void churn_risk_lists_the_customers_most_at_risk() {
        HttpResponse<String> r = server.get("/api/churn?top=5");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode c = json(r);
        assertThat(c.get("status").asText()).isEqualTo("ok");
        assertThat(c.get("atRisk")).hasSize(5);
    }

    @Test
    void schema_and_health() {
        JsonNode schema = json(server.get("/api/schema"));
        JsonNode health = json(server.get("/api/health"));

        assertThat(schema.get("markdown").asText()).contains("articles", "transactions");
        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("mode").asText()).isEqualTo("offline");
    }

    @Test
    void every_response_carries_the_security_headers() {
        for (HttpResponse<String> r : List.of(server.get("/"), server.get("/api/health"), server.get("/static/js/chat.js"))) {
            assertThat(r.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                    .contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-eval"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("deny");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void pages_answer_with_html_and_a_missing_one_with_a_404_page() {
        JsonNode a = json(server.post("/api/ask", body(Map.of("question", "what share of sales is online"))));

        HttpResponse<String> chat = server.get("/");
        HttpResponse<String> conversation = server.get("/c/" + a.get("conversationId").asText());
        HttpResponse<String> answer = server.get("/answers/" + a.get("id").asText());
        HttpResponse<String> schema = server.get("/schema");
        HttpResponse<String> missing = server.get("/answers/a-nothing");
        HttpResponse<String> badConversation = server.get("/c/..%2Fsecret");

        assertThat(List.of(chat, conversation, answer, schema)).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(r.body()).doesNotContain("<script>").contains("<script type=\"module\" src=\"/static/js/");
        });
        assertThat(answer.body()).contains("what share of sales is online");
        assertThat(conversation.body()).contains("data-turns=\"[{");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("There is no answer a-nothing.");
        assertThat(badConversation.statusCode()).isEqualTo(404);
    }

    @Test
    void the_latest_evaluation_report_is_linked_and_served_once_there_is_one() throws Exception {
        assertThat(server.get("/eval/latest").statusCode()).isEqualTo(404);
        assertThat(server.get("/").body()).doesNotContain("/eval/latest");

        Path reports = server.database().resolveSibling("reports");
        java.nio.file.Files.createDirectories(reports.resolve("eval-1"));
        java.nio.file.Files.writeString(reports.resolve("eval-1").resolve("report.html"), "<h1>Eval report</h1>");
        java.nio.file.Files.writeString(reports.resolve("latest.json"), "{\"folder\": \"eval-1\", \"html\": \"eval-1/report.html\"}");

        assertThat(server.get("/").body()).contains("href=\"/eval/latest\"");
        HttpResponse<String> report = server.get("/eval/latest");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).isEqualTo("<h1>Eval report</h1>");

        java.nio.file.Files.writeString(reports.resolve("latest.json"), "{\"html\": \"../../etc/passwd\"}");
        assertThat(server.get("/eval/latest").statusCode()).isEqualTo(404);
        java.nio.file.Files.delete(reports.resolve("latest.json"));
    }

    @Test
    void static_assets_come_from_the_jar() {
        for (String asset : List.of("/static/vendor/vega.min.js", "/static/vendor/vega-lite.min.js",
                "/static/vendor/vega-embed.min.js", "/static/css/app.css", "/static/api.html")) {
            assertThat(server.get(asset).statusCode()).as(asset).isEqualTo(200);
        }
    }
}
