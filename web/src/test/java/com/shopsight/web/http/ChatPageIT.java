package com.shopsight.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The chat page in a real headless Chromium, as a merchandiser and a power user use it: one
 * conversation, built up test by test (hence the order), on one server and one browser.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChatPageIT {
    private static final String QUESTION = "top 10 product types by units sold";

    @TempDir
    static Path folder;

    private static TestServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        String missing = Browser.missing();
        assumeTrue(missing == null, missing);
        server = TestServer.start(TinyDataset.copyTo(folder), WebConfig.local(), agent -> new SlowAgent(agent, 400));
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

    @Test
    @Order(1)
    void an_empty_conversation_offers_example_questions_and_slash_focuses_the_question() {
        browser.go(server.base() + "/");

        assertThat(browser.waitFor("#empty h1").getText()).isEqualTo("What would you like to know?");
        assertThat(browser.all("#examples button.example")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.one("#mode-badge").getText()).isEqualTo("Offline planner");
        browser.screenshot("01-empty-conversation");

        browser.one("body").click();
        new Actions(browser.driver).sendKeys("/").perform();
        assertThat(browser.js("return document.activeElement.id")).isEqualTo("question");
    }

    @Test
    @Order(2)
    void asking_streams_the_steps_then_shows_the_answer_the_table_and_a_chart() {
        WebElement input = browser.one("#question");
        input.sendKeys(QUESTION);
        input.sendKeys(Keys.ENTER);

        // The steps arrive while the agent works: a running step is on screen before the answer.
        browser.waitFor(".answer-card.pending .step-running");
        assertThat(browser.one("#send").getText()).isEqualTo("Answering…");
        browser.screenshot("02-steps-streaming");

        WebElement card = browser.waitFor(".answer-card[data-answer-id]");
        assertThat(browser.one(".question-text").getText()).isEqualTo(QUESTION);
        assertThat(card.findElement(By.cssSelector(".answer-text")).getText()).contains("product type");
        assertThat(card.findElements(By.cssSelector(".data-table tbody tr"))).hasSize(10);
        assertThat(browser.waitFor(".chart svg")).isNotNull();
        browser.waiting().until(d -> !browser.all(".chart svg .mark-rect path, .chart svg g[class*=mark-] path").isEmpty());
        assertThat(card.findElements(By.cssSelector(".steps-box .step"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.driver.getCurrentUrl()).matches(".*/c/c-[0-9a-f]{12}$");
        assertThat(browser.one("#send").getText()).isEqualTo("Ask");
        browser.screenshot("03-answer-table-chart");
    }

    @Test
    @Order(3)
    void the_table_sorts_by_a_column_and_offers_a_csv_download() {
        List<WebElement> headers = browser.all(".answer-card .data-table thead th button");
        WebElement first = headers.get(0);
        first.click();
        String top = browser.one(".answer-card .data-table tbody tr td").getText();
        first.click();
        String bottom = browser.one(".answer-card .data-table tbody tr td").getText();

        assertThat(top.compareToIgnoreCase(bottom)).isNegative();
        assertThat(browser.one(".answer-card .data-table thead th").getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(browser.one(".answer-card .table-tools button").getText()).contains("CSV");
    }

    @Test
    @Order(4)
    void the_sql_panel_edits_and_re_runs_the_query_with_its_timing_and_row_count() {
        WebElement panel = browser.one(".answer-card .sql-panel");
        panel.findElement(By.tagName("summary")).click();
        assertThat(panel.findElement(By.cssSelector(".sql-code")).getText()).contains("LIMIT 10");
        assertThat(panel.findElements(By.cssSelector(".sql-code .tok-keyword"))).isNotEmpty();

        button(panel, "Edit").click();
        WebElement editor = panel.findElement(By.cssSelector(".sql-editor"));
        String edited = editor.getAttribute("value").replace("LIMIT 10", "LIMIT 3");
        editor.clear();
        editor.sendKeys(edited);
        panel.findElement(By.cssSelector(".btn-run")).click();

        WebElement ok = browser.waitFor(".answer-card .sql-result .run-ok");
        assertThat(ok.getText()).matches("✓ 3 rows in \\d+(\\.\\d+)? m?s");
        assertThat(panel.findElements(By.cssSelector(".sql-result .data-table tbody tr"))).hasSize(3);
        browser.screenshot("04-sql-edited-and-re-run");
    }

    @Test
    @Order(5)
    void a_rejected_query_is_explained_with_its_code_hint_and_a_caret() {
        WebElement panel = browser.one(".answer-card .sql-panel");
        WebElement editor = panel.findElement(By.cssSelector(".sql-editor"));
        editor.clear();
        editor.sendKeys("SELECT prod_type, count(*) FROM articles GROUP BY 1");
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));

        WebElement error = browser.waitFor(".answer-card .sql-error");
        assertThat(error.findElement(By.cssSelector(".code-badge")).getText()).isEqualTo("unknown_column");
        assertThat(error.getText()).contains("prod_type", "Hint:", "Line 1, column 8");
        // The caret stands under the "p" of prod_type, the 8th character of the line.
        assertThat(error.findElement(By.cssSelector(".caret")).getText()).isEqualTo(" ".repeat(7) + "^");
        browser.screenshot("05-sql-rejected");
    }

    @Test
    @Order(6)
    void a_follow_up_continues_the_conversation() {
        String url = browser.driver.getCurrentUrl();
        WebElement input = browser.one("#question");
        input.sendKeys("top 5 instead");
        browser.one("#send").click();

        browser.waiting().until(d -> browser.all(".answer-card[data-answer-id]").size() == 2);
        List<WebElement> cards = browser.all(".answer-card[data-answer-id]");
        assertThat(cards.get(1).findElements(By.cssSelector(".data-table tbody tr"))).hasSize(5);
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(url);

        browser.driver.navigate().refresh();
        browser.waiting().until(d -> browser.all(".answer-card[data-answer-id]").size() == 2);
        assertThat(browser.one(".conv-link[aria-current=page] .conv-title").getText()).isEqualTo(QUESTION);
        assertThat(browser.all(".turn .question-text")).extracting(WebElement::getText).containsExactly(QUESTION, "top 5 instead");
        // Reopened at the latest question, not at the top of the conversation.
        assertThat(browser.js("return document.querySelector('.scroller').scrollTop > 0")).isEqualTo(true);
        browser.screenshot("06-follow-up");
    }

    @Test
    @Order(7)
    void a_question_it_cannot_read_offers_questions_it_can_as_buttons() {
        browser.one("#question").sendKeys("flibbertigibbet revenue", Keys.ENTER);
        browser.waiting().until(d -> browser.all(".answer-card[data-answer-id]").size() == 3);
        List<WebElement> suggestions = browser.all(".answer-card[data-answer-id] .suggestion");
        assertThat(suggestions).isNotEmpty();
        String suggested = suggestions.get(0).getText();
        browser.screenshot("07-not-understood");
        // Only the conversation scrolls, never the page around it.
        assertThat(browser.js("return window.scrollY")).isEqualTo(0L);
        assertThat((Long) browser.js("return document.documentElement.scrollHeight - window.innerHeight")).isLessThanOrEqualTo(0L);

        suggestions.get(0).click();
        browser.waiting().until(d -> browser.all(".answer-card[data-answer-id]").size() == 4);
        assertThat(browser.all(".turn .question-text").get(3).getText()).isEqualTo(suggested);
        assertThat(browser.all(".answer-card[data-answer-id]").get(3).findElements(By.cssSelector(".data-table"))).isNotEmpty();
    }

    @Test
    @Order(8)
    void each_answer_has_its_own_page() {
        WebElement link = browser.one(".answer-card .permalink");
        // The page may still be smooth-scrolling to the latest answer; bring the link to rest first.
        browser.js("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", link);
        link.click();

        browser.waitFor(".answer-page .answer-card");
        assertThat(browser.driver.getCurrentUrl()).matches(".*/answers/a-[0-9a-f]+$");
        assertThat(browser.one("h1.question-title").getText()).isEqualTo(QUESTION);
        assertThat(browser.all(".answer-page .data-table tbody tr")).hasSize(10);
        browser.waiting().until(d -> !browser.all(".chart svg g[class*=mark-] path").isEmpty());
        assertThat(browser.one(".sql-panel").getAttribute("open")).isNotNull();
        browser.screenshot("08-answer-page");
    }

    @Test
    @Order(9)
    void the_schema_page_renders_the_schema_doc() {
        browser.go(server.base() + "/schema");

        browser.waitFor("#schema-doc h3");
        assertThat(browser.all("#schema-doc h3").size()).isGreaterThan(3);
        assertThat(browser.all("#schema-doc .md-table").size()).isPositive();
        assertThat(browser.one(".toc").getText()).contains("Contents");
        browser.screenshot("09-schema");
    }

    @Test
    @Order(10)
    void a_phone_width_screen_reads_without_sideways_scrolling() {
        browser.go(server.base() + "/");
        String conversation = browser.one(".conv-link").getAttribute("href");
        browser.resize(390, 844);
        browser.go(conversation);
        browser.waitFor(".answer-card[data-answer-id]");

        assertThat((Long) browser.js("return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        assertThat(browser.one("#sidebar-toggle").isDisplayed()).isTrue();
        browser.screenshot("10-phone");
        browser.one("#sidebar-toggle").click();
        browser.waiting().until(d -> browser.one("#sidebar").getAttribute("class").contains("open"));
        assertThat(browser.one("#sidebar-toggle").getAttribute("aria-expanded")).isEqualTo("true");
        browser.screenshot("11-phone-conversations");
        browser.resize(1280, 1300);
    }

    @Test
    @Order(11)
    void a_refused_question_shows_the_reason_and_a_way_to_try_again() {
        browser.go(server.base() + "/");
        browser.waitFor("#question");
        // The box stops at 2,000 characters; a script can still send more, and the server says no.
        browser.js("document.getElementById('question').removeAttribute('maxlength');"
                + "document.getElementById('question').value = 'x'.repeat(2001);");
        browser.one("#send").click();

        WebElement error = browser.waitFor(".answer-card .error-box");
        assertThat(error.getText()).contains("No answer:", "longer than 2000 characters");
        assertThat(error.findElement(By.tagName("button")).getText()).isEqualTo("Try again");
        assertThat(browser.one("#send").isEnabled()).isTrue();
        browser.screenshot("12-error-state");
    }

    @Test
    @Order(12)
    void the_page_breaks_no_content_security_rule() {
        assertThat(browser.consoleProblems()).noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    }

    private static WebElement button(WebElement within, String text) {
        return within.findElements(By.tagName("button")).stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
