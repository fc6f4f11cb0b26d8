package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shopsight generate` and `shopsight bench generate` as a person runs them. */
class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void generates_tiny_and_the_same_seed_gives_the_same_data() throws Exception {
        Path a = dir.resolve("a.duckdb");
        Path b = dir.resolve("b.duckdb");
        CliRun first = CliRun.of("generate", "--scale", "tiny", "--seed", "7", "--db", a.toString());
        CliRun second = CliRun.of("--db", b.toString(), "generate", "--scale", "tiny", "--seed", "7");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(first.out()).contains("Generated tiny scale (seed 7)", "1,000 articles", "5,000 customers",
                "100,000 transactions", a.toString());
        assertThat(checksum(a)).isEqualTo(checksum(b));
    }

    @Test
    void an_unknown_scale_is_wrong_usage_and_writes_nothing() {
        Path db = dir.resolve("x.duckdb");
        CliRun run = CliRun.of("--db", db.toString(), "generate", "--scale", "huge");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("huge", "tiny", "small", "full");
        assertThat(db).doesNotExist();
    }

    @Test
    void bench_generate_prints_time_memory_rows_and_size_and_keeps_the_database_for_other_benchmarks() throws Exception {
        Path scratch = Files.createDirectory(dir.resolve("scratch"));
        CliRun run = CliRun.of("bench", "generate", "--scale", "tiny", "--dir", scratch.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("generate tiny", " ms", "peak RSS", "100,000 transactions", "MiB");
        assertThat(run.out()).contains(scratch.resolve("bench-tiny.duckdb").toString());
        assertThat(scratch.resolve("bench-tiny.duckdb")).exists();
    }

    @Test
    void progress_stays_quiet_when_output_is_not_a_terminal() {
        // Tests run without a terminal (from JDK 22 a console exists anyway: isTerminal() tells).
        assertThat(TerminalProgress.forConsole()).isSameAs(Progress.NONE);
        assertThat(TerminalProgress.onTerminal(null)).isFalse();
    }

    private static long checksum(Path db) throws Exception {
        try (Connection c = DuckDb.openReadOnly(db); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT sum(hash(t_dat, customer_id, article_id, price, sales_channel_id))"
                        + " FROM transactions")) {
            r.next();
            return r.getLong(1);
        }
    }
}
