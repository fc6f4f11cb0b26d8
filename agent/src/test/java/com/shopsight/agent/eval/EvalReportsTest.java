package com.shopsight.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.Question;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The three reports of a run, and the latest-report pointer the chat page reads. */
class EvalReportsTest {
    private static final String HOSTILE = "<script>alert('x')</script>";
    private static final String SUITE = """
            dataset: hm
            questions:
              - id: names
                category: search
                question: find <b>bold</b> & "quoted" things
                sql: SELECT 'a' AS name
              - id: club
                category: kpi
                question: how many club members
                sql: SELECT COUNT(*) FROM customers WHERE club_member_status = 'ACTIVE'
            """;

    @TempDir
    static Path dir;
    private static EvalRun run;
    private static Path folder;

    @BeforeAll
    static void writeTheReports() throws Exception {
        Path file = dir.resolve("suite.yaml");
        Files.writeString(file, SUITE);
        try (Connection conn = DuckDb.openReadOnly(TinyDataset.path());
                PreparedSuite prepared = PreparedSuite.prepare(GoldenSuite.load(file), conn, Progress.NONE)) {
            ScriptedAgent agent = new ScriptedAgent(conn)
                    .on("find <b>bold</b> & \"quoted\" things", a -> a.sql("SELECT '" + HOSTILE.replace("'", "''")
                            + "' AS \"<i>name</i>\""))
                    .on("how many club members", a -> a.sql(
                            "SELECT COUNT(*) AS members FROM customers WHERE club_member_status = 'ACTIVE'"));
            run = prepared.run(agent, Question.ModeChoice.OFFLINE, Progress.NONE);
        }
        folder = EvalReports.write(run, dir.resolve("reports"));
    }

    @Test
    void writes_json_junit_and_html_into_a_new_folder_named_after_the_run() {
        assertThat(folder.getParent()).isEqualTo(dir.resolve("reports"));
        assertThat(folder.getFileName().toString()).matches("eval-\\d{8}-\\d{6}");
        assertThat(folder.resolve(EvalReports.JSON)).isRegularFile();
        assertThat(folder.resolve(EvalReports.JUNIT)).isRegularFile();
        assertThat(folder.resolve(EvalReports.HTML)).isRegularFile();
    }

    @Test
    void points_latest_at_the_newest_run() {
        EvalRun again = new EvalRun(run.dataset(), run.mode(), run.started(), run.finished(), run.questions());

        Path second = EvalReports.write(again, dir.resolve("reports"));

        assertThat(second).isNotEqualTo(folder);
        assertThat(second.getFileName().toString()).isEqualTo(folder.getFileName() + "-2");
        assertThat(EvalReports.latest(dir.resolve("reports"))).contains(second);
        assertThat(EvalReports.latest(dir.resolve("nothing-here"))).isEmpty();
    }

    @Test
    void escapes_html_in_values_column_names_questions_and_answer_text() throws Exception {
        String html = Files.readString(folder.resolve(EvalReports.HTML));

        assertThat(html).doesNotContain("<script>", "<b>bold</b>", "<i>name</i>");
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
                "find &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot; things", "&lt;i&gt;name&lt;/i&gt;");
    }

    @Test
    void shows_the_expected_and_actual_tables_and_why_a_question_failed() throws Exception {
        String html = Files.readString(folder.resolve(EvalReports.HTML));

        assertThat(html).contains("<h4>expected</h4>", "<h4>actual</h4>", "Misses", "href=\"#names\"",
                "no column of the answer holds the values of name");
    }

    @Test
    void writes_junit_xml_that_parses_back_with_a_case_per_question() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(folder.resolve(EvalReports.JUNIT).toFile());

        Element root = doc.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("testsuites");
        assertThat(root.getAttribute("tests")).isEqualTo("2");
        assertThat(root.getAttribute("failures")).isEqualTo("1");
        NodeList cases = doc.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(2);
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("names: find <b>bold</b> & \"quoted\" things");
        NodeList failures = doc.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        assertThat(((Element) failures.item(0)).getAttribute("message"))
                .startsWith("no column of the answer holds the values of name");
    }

    @Test
    void writes_json_with_the_summary_and_every_answer() throws Exception {
        JsonNode json = new ObjectMapper().readTree(folder.resolve(EvalReports.JSON).toFile());

        assertThat(json.at("/summary/overall/questions").asInt()).isEqualTo(2);
        assertThat(json.at("/summary/overall/strict").asInt()).isEqualTo(1);
        assertThat(json.at("/questions/1/strict").asBoolean()).isTrue();
        assertThat(json.at("/questions/0/turns/0/answer/table/rows/0/0").asText()).isEqualTo(HOSTILE);
        assertThat(json.at("/questions/0/turns/0/gold/0/kind").asText()).isEqualTo("expected");
        assertThat(json.at("/started").asText()).isEqualTo(run.started().toString());
    }
}
