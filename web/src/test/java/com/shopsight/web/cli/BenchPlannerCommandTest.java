package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shopsight bench planner` prints its figures (their size is the benchmark's business, not a test's). */
class BenchPlannerCommandTest {
    @Test
    void prints_start_up_and_the_answer_latency_percentiles(@TempDir Path folder) {
        Path db = TinyDataset.copyTo(folder);

        CliRun run = CliRun.of("--db", db.toString(), "bench", "planner", "--rounds", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("30 questions x 1 rounds")
                .containsPattern("start-up \\(gate, values, lexicon\\) +\\d+\\.\\d ms")
                .containsPattern("answer latency +median \\d+\\.\\d ms +p95 \\d+\\.\\d ms");
    }

    @Test
    void each_lists_every_question_once_with_its_median_slowest_first(@TempDir Path folder) {
        Path db = TinyDataset.copyTo(folder);

        CliRun run = CliRun.of("--db", db.toString(), "bench", "planner", "--rounds", "1", "--each");

        assertThat(run.exitCode()).isZero();
        java.util.List<String> lines = run.out().lines().filter(l -> l.matches(" +\\d+\\.\\d ms  .+")).toList();
        assertThat(lines).hasSize(BenchPlannerCommand.QUESTIONS.size());
        assertThat(lines).anyMatch(l -> l.endsWith("  forecast Trousers for the next 4 weeks"));
        java.util.List<Double> ms = lines.stream().map(l -> Double.parseDouble(l.strip().split(" ")[0])).toList();
        assertThat(ms).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void percentiles_are_nearest_rank() {
        java.util.List<Double> sorted = java.util.List.of(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0);
        assertThat(BenchPlannerCommand.percentile(sorted, 50)).isEqualTo(5.0);
        assertThat(BenchPlannerCommand.percentile(sorted, 95)).isEqualTo(10.0);
    }
}
