package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `shopsight bench slack` prints acknowledgement and answer latencies; their values are for people, not for assertions. */
class BenchSlackCommandTest {
    @TempDir
    Path folder;

    @Test
    void prints_the_acknowledgement_latency_with_a_stand_in_and_with_the_planner() {
        Path db = TinyDataset.copyTo(folder);

        CliRun run = CliRun.of("--db", db.toString(), "bench", "slack", "--concurrent", "3", "--rounds", "2", "--agent-ms", "10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String latency = "median [\\d,]+ ms, p95 [\\d,]+ ms, max [\\d,]+ ms";
        assertThat(run.out().lines()).anyMatch(l -> l.startsWith("Slack acknowledgements: 2 rounds of 3 signed slash commands at once"))
                .anyMatch(l -> l.equals("stand-in agent (10 ms an answer)"))
                .anyMatch(l -> l.matches("  acks +6 of 6 acknowledged with 200 \\(0 said busy\\), latency " + latency))
                .anyMatch(l -> l.equals("offline planner"))
                .anyMatch(l -> l.matches("  answers +6 of 6 reached the response_url, " + latency + " after the command"))
                .anyMatch(l -> l.equals("verdict     every acknowledgement within Slack's 3 s"));
    }

    @Test
    void refuses_impossible_settings() {
        CliRun run = CliRun.of("--db", TinyDataset.path().toString(), "bench", "slack", "--concurrent", "0");

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).contains("--concurrent must be 1 to 200");
    }
}
