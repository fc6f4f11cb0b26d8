package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.data.Scale;
import com.shopsight.tools.data.SyntheticGenerator;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.SchemaDocJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shopsight learn` and `shopsight bench learn` on a real database file. */
class LearnCommandTest {
    @TempDir
    Path dir;

    private Path shop() throws Exception {
        Path db = dir.resolve("my shop.duckdb");
        try (Connection conn = DuckDb.openWritable(db)) {
            DuckDb.execute(conn,
                    "CREATE TABLE customers (customer_id INTEGER, segment VARCHAR)",
                    "INSERT INTO customers SELECT i, ['gold', 'silver'][1 + i % 2] FROM range(50) r(i)",
                    "CREATE TABLE orders (order_id INTEGER, customer_id INTEGER, amount DOUBLE, ordered_on DATE)",
                    "INSERT INTO orders SELECT i, i % 50, 10 + i % 7, DATE '2024-01-01' + CAST(i % 90 AS INTEGER)"
                            + " FROM range(500) r(i)");
        }
        return db;
    }

    @Test
    void writes_the_markdown_and_json_docs_and_says_where() throws Exception {
        Path db = shop();
        Path out = dir.resolve("docs");
        CliRun run = CliRun.of("--db", db.toString(), "learn", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Wrote " + out.resolve("my-shop.md"), "tokens", out.resolve("my-shop.json").toString())
                .contains("Learned my-shop: 2 tables, 6 columns, 550 rows, 1 relationships");
        SchemaDoc doc = SchemaDocJson.read(Files.readString(out.resolve("my-shop.json")));
        assertThat(doc.relationships()).singleElement()
                .satisfies(r -> assertThat(r.arrow()).isEqualTo("orders.customer_id -> customers.customer_id"));
        assertThat(Files.readString(out.resolve("my-shop.md"))).startsWith("# Schema: my-shop")
                .doesNotContain(dir.toString());
    }

    @Test
    void names_the_doc_hm_for_an_hm_database() throws Exception {
        Path db = dir.resolve("anything.duckdb");
        SyntheticGenerator.generate(db, Scale.TINY, SyntheticGenerator.DEFAULT_SEED, Progress.NONE);
        CliRun run = CliRun.of("--db", db.toString(), "learn", "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Learned hm: 3 tables, 37 columns", "meanings from the hm dictionary");
        String md = Files.readString(dir.resolve("hm.md"));
        assertThat(md).contains("## Headline figures", "## Business vocabulary");
        assertThat(SchemaDocJson.read(Files.readString(dir.resolve("hm.json"))).headlineFigures().transactions())
                .isEqualTo(100_000);
    }

    @Test
    void takes_the_database_and_a_name_after_the_command_too() throws Exception {
        Path db = shop();
        CliRun run = CliRun.of("learn", "--db", db.toString(), "--name", "shop", "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(dir.resolve("shop.md")).exists();
        assertThat(dir.resolve("shop.json")).exists();
    }

    @Test
    void says_how_to_make_a_database_when_there_is_none() {
        CliRun run = CliRun.of("--db", dir.resolve("none.duckdb").toString(), "learn", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("No database at", "generate --scale small");
        assertThat(dir.resolve("hm.md")).doesNotExist();
    }

    @Test
    void rejects_a_name_that_is_no_file_name() throws Exception {
        CliRun run = CliRun.of("--db", shop().toString(), "learn", "--name", "../up", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--name '../up'");
    }

    @Test
    void benchmarks_learning_with_time_and_peak_memory() throws Exception {
        CliRun run = CliRun.of("--db", shop().toString(), "bench", "learn");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("learn my shop.duckdb", " ms ", "peak RSS", "peak heap", "Learned my-shop",
                "Markdown doc: about");
    }
}
