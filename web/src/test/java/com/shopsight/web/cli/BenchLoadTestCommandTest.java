package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shopsight bench load-test` prints its figures; their values are for people, not for assertions. */
class BenchLoadTestCommandTest {
    @TempDir
    Path folder;

    @Test
    void prints_throughput_errors_latency_and_memory() {
        Path db = TinyDataset.copyTo(folder);

        CliRun run = CliRun.of("--db", db.toString(), "bench", "load-test", "--clients", "2", "--seconds", "1", "--warm-up", "0");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).anyMatch(l -> l.startsWith("Load test: 2 clients asking"))
                .anyMatch(l -> l.matches("requests +[\\d,]+ answered in [\\d.]+ s: [\\d.]+ answers/s"))
                .anyMatch(l -> l.equals("errors      0"))
                .anyMatch(l -> l.matches("latency +median [\\d,]+ ms, p90 [\\d,]+ ms, p99 [\\d,]+ ms, max [\\d,]+ ms"))
                .anyMatch(l -> l.startsWith("memory      peak RSS "));
    }

    @Test
    void refuses_impossible_settings() {
        CliRun run = CliRun.of("--db", TinyDataset.path().toString(), "bench", "load-test", "--clients", "0");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("--clients must be 1 to 1000");
    }
}
