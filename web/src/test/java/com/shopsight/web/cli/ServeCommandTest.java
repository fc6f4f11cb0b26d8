package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.data.Scale;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shopsight serve`: its first start makes the dataset and the schema doc, saying so as it goes. */
class ServeCommandTest {
    @TempDir
    Path folder;

    @Test
    void the_first_start_generates_the_data_and_learns_its_schema_doc_with_progress() {
        Path db = folder.resolve("data").resolve("shopsight.duckdb");
        Path docs = folder.resolve("schema-docs");
        StringWriter text = new StringWriter();

        // `serve` makes the small scale; tiny keeps the test quick and takes the same path.
        ServeCommand.firstStart(db, Scale.TINY, docs, new PrintWriter(text, true));

        assertThat(db).isRegularFile();
        assertThat(docs.resolve("hm.md")).isRegularFile();
        assertThat(text.toString().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("No database at " + db + ": generating the tiny synthetic H&M dataset"),
                l -> assertThat(l).matches("Generated 1,000 articles, 5,000 customers, 100,000 transactions in [\\d.]+ s\\."),
                l -> assertThat(l).isEqualTo("Learning its schema doc..."),
                l -> assertThat(l).startsWith("Learned hm: 3 tables").endsWith("Wrote " + docs.resolve("hm.md") + "."));
    }

    @Test
    void serve_has_help_with_its_port_and_host() {
        CliRun run = CliRun.of("serve", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--port", "--host", "SHOPSIGHT_API_TOKEN", "7070", "127.0.0.1");
    }

    @Test
    void a_bad_port_is_wrong_usage() throws Exception {
        CliRun run = CliRun.of("--db", Files.createFile(folder.resolve("x.duckdb")).toString(), "serve", "--port", "http");

        assertThat(run.exitCode()).isEqualTo(2);
    }
}
