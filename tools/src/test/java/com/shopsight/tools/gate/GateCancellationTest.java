package com.shopsight.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runaway queries stop within 1.5 times their time limit, the connection they ran on answers
 * the next query, and a slow query does not hold up a fast one. The bounds are generous
 * upper limits, not timings.
 */
class GateCancellationTest {
    private static final Duration LIMIT = Duration.ofSeconds(1);
    private static final long BOUND_MS = LIMIT.toMillis() * 3 / 2;
    private static final String CROSS_JOIN = "SELECT count(*) FROM transactions a, transactions b, transactions c";
    private static final String RECURSION = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT count(*) FROM r";

    @TempDir
    Path folder;

    private SqlGate open(int connections) {
        Path db = HmFixture.copy(folder);
        return SqlGate.open(db, GateConfig.forDatabase(db).withTimeout(LIMIT).withConnections(connections).withAuditLog(null, 1024));
    }

    private static long timed(Runnable work) {
        long start = System.nanoTime();
        work.run();
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void stops_a_cross_join_bomb_within_one_and_a_half_times_the_limit() {
        try (SqlGate gate = open(1)) {
            GateResult[] result = new GateResult[1];

            long ms = timed(() -> result[0] = gate.run(CROSS_JOIN));

            assertThat(result[0]).isInstanceOf(Rejected.class);
            assertThat(((Rejected) result[0]).kind()).isEqualTo(Rejected.Kind.TIMEOUT);
            assertThat(((Rejected) result[0]).message()).contains("1 s limit");
            assertThat(ms).isLessThan(BOUND_MS);
        }
    }

    @Test
    void stops_a_recursive_cte_bomb_and_the_connection_answers_the_next_query() {
        try (SqlGate gate = open(1)) {
            GateResult[] result = new GateResult[1];

            long ms = timed(() -> result[0] = gate.run(RECURSION));
            GateResult next = gate.run("SELECT count(*) AS n FROM articles");

            assertThat(((Rejected) result[0]).kind()).isEqualTo(Rejected.Kind.TIMEOUT);
            assertThat(ms).isLessThan(BOUND_MS);
            assertThat(next).isInstanceOf(Rows.class);
            assertThat(((Rows) next).rows()).containsExactly(List.of(1000L));
        }
    }

    @Test
    void honours_a_per_query_limit() {
        try (SqlGate gate = open(1)) {
            GateResult[] result = new GateResult[1];

            long ms = timed(() -> result[0] = gate.run(CROSS_JOIN, new QueryLimits(10, Duration.ofMillis(300))));

            assertThat(((Rejected) result[0]).kind()).isEqualTo(Rejected.Kind.TIMEOUT);
            assertThat(ms).isLessThan(450);
        }
    }

    @Test
    void answers_a_fast_query_while_a_slow_one_runs() throws Exception {
        try (SqlGate gate = open(2)) {
            CompletableFuture<GateResult> slow = CompletableFuture.supplyAsync(() -> gate.run(CROSS_JOIN));
            Thread.sleep(200); // let the slow query start

            GateResult fast = gate.run("SELECT count(*) AS n FROM customers");

            assertThat(fast).isInstanceOf(Rows.class);
            assertThat(slow).isNotDone();
            assertThat(((Rejected) slow.get(5, TimeUnit.SECONDS)).kind()).isEqualTo(Rejected.Kind.TIMEOUT);
        }
    }

    @Test
    void says_so_when_every_connection_stays_busy() throws Exception {
        try (SqlGate gate = open(1)) {
            CompletableFuture<GateResult> slow = CompletableFuture.supplyAsync(() -> gate.run(CROSS_JOIN));

            // Until the slow query holds the only connection, a quick one may still get it.
            GateResult waiting;
            do {
                waiting = gate.run("SELECT 1", new QueryLimits(10, Duration.ofMillis(300)));
            } while (waiting instanceof Rows && !slow.isDone());

            assertThat(waiting).isInstanceOf(Rejected.class);
            assertThat(((Rejected) waiting).kind()).isEqualTo(Rejected.Kind.TIMEOUT);
            assertThat(((Rejected) waiting).message()).contains("connections stayed busy");
            slow.get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void runs_many_queries_side_by_side_with_the_right_answers() {
        try (SqlGate gate = open(3)) {
            List<CompletableFuture<GateResult>> runs = java.util.stream.IntStream.range(0, 24)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> gate.run("SELECT " + i + " AS i, count(*) AS n FROM articles")))
                    .toList();

            for (int i = 0; i < runs.size(); i++) {
                assertThat(((Rows) runs.get(i).join()).rows()).containsExactly(List.of((long) i, 1000L));
            }
        }
    }
}
