package com.shopsight.web.http;

import static com.shopsight.web.http.TestServer.body;
import static com.shopsight.web.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.answer.Answer;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Hostile text shows as text everywhere: a product whose name is markup (planted in a private
 * copy of the tiny data), an answer text with a javascript: link and raw HTML (as an LLM might
 * write), and a question with markup. If anything ran, window.__xss would be set.
 */
class XssIT {
    static final String NAME = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">";
    static final String HOSTILE_TEXT = "\n\nSee [the details](javascript:window.__xss=3) and <b onclick=\"window.__xss=4\">raw html</b>.";

    @TempDir
    static Path folder;

    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws SQLException {
        String missing = Browser.missing();
        assumeTrue(missing == null, missing);
        Path db = TinyDataset.copyTo(folder);
        plant(db);
        server = TestServer.start(db, WebConfig.local(), agent -> (question, listener) -> withHostileText(agent.ask(question, listener)));
        browser = Browser.open(1280, 1300);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void nothing_ran() {
        assertThat(browser.js("return window.__xss === undefined")).isEqualTo(true);
        assertThat(browser.all("img[src=x]")).isEmpty();
        assertThat(browser.all("b[onclick]")).isEmpty();
        assertThat(browser.all("a[href^='javascript']")).isEmpty();
        assertThat(browser.js("return [...document.scripts].filter(s => s.textContent.includes('__xss')).length")).isEqualTo(0L);
    }

    @Test
    void a_product_named_like_a_script_is_text_in_the_answer_the_table_the_chart_and_the_answer_page() {
        browser.go(server.base() + "/");
        WebElement input = browser.waitFor("#question");
        input.sendKeys("top 5 products by units sold", Keys.ENTER);

        WebElement card = browser.waitFor(".answer-card[data-answer-id]");
        assertThat(card.findElement(By.cssSelector(".answer-text")).getText()).contains(NAME, "raw html");
        assertThat(card.findElement(By.cssSelector(".answer-text")).getText()).contains("<b onclick=");
        assertThat(card.findElements(By.cssSelector(".data-table td"))).extracting(WebElement::getText).contains(NAME);
        card.findElement(By.cssSelector(".sql-panel summary")).click();
        browser.screenshot("13-xss-answer");

        card.findElement(By.cssSelector(".permalink")).click();
        WebElement page = browser.waitFor(".answer-page .answer-card");
        assertThat(page.findElement(By.cssSelector(".answer-text")).getText()).contains(NAME);
        assertThat(page.findElements(By.cssSelector(".data-table td"))).extracting(WebElement::getText).contains(NAME);
    }

    @Test
    void the_sql_panel_shows_the_name_as_text_in_the_query_and_in_its_result() {
        browser.go(server.base() + "/");
        browser.waitFor("#question").sendKeys("top 5 products by units sold", Keys.ENTER);
        WebElement panel = browser.waitFor(".answer-card[data-answer-id] .sql-panel");
        panel.findElement(By.tagName("summary")).click();
        panel.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals("Edit")).findFirst().orElseThrow().click();
        WebElement editor = panel.findElement(By.cssSelector(".sql-editor"));
        editor.clear();
        String sql = "SELECT prod_name, '" + NAME.replace("'", "''") + "' AS echoed FROM articles WHERE prod_name LIKE '<script>%'";
        editor.sendKeys(sql);
        editor.sendKeys(Keys.ESCAPE);

        assertThat(panel.findElement(By.cssSelector(".sql-code")).getText()).isEqualTo(sql);
        panel.findElement(By.cssSelector(".btn-run")).click();
        browser.waitFor(".answer-card .sql-result .run-ok");
        assertThat(panel.findElements(By.cssSelector(".sql-result .data-table td"))).extracting(WebElement::getText)
                .containsExactly(NAME, NAME, NAME, NAME);
        browser.screenshot("14-xss-sql-panel");
    }

    @Test
    void a_question_with_markup_is_text_in_the_conversation_list_and_on_the_answer_page() {
        String question = "top 3 colours by revenue <img src=x onerror=\"window.__xss=5\">";
        JsonNode answer = json(server.post("/api/ask", body(Map.of("question", question))));

        browser.go(server.base() + "/");
        assertThat(browser.waitFor(".conv-list").getText()).contains(question);
        browser.go(server.base() + "/c/" + answer.get("conversationId").asText());
        assertThat(browser.waitFor(".turn .question-text").getText()).isEqualTo(question);
        browser.go(server.base() + "/answers/" + answer.get("id").asText());
        assertThat(browser.waitFor("h1.question-title").getText()).isEqualTo(question);
        browser.waitFor(".answer-page .answer-card");
    }

    private static void plant(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
                PreparedStatement s = c.prepareStatement("UPDATE articles SET prod_name = ? WHERE article_id IN"
                        + " (SELECT article_id FROM transactions GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT 2)")) {
            s.setString(1, NAME);
            assertThat(s.executeUpdate()).isEqualTo(2);
        }
    }

    /** The answer as an LLM with bad manners might write it. */
    private static Answer withHostileText(Answer a) {
        return new Answer(a.id(), a.question(), a.conversationId(), a.mode(), a.model(), a.answer() + HOSTILE_TEXT, a.steps(),
                a.table(), a.chart(), a.sql(), a.understood(), a.notices(), a.usage());
    }
}
