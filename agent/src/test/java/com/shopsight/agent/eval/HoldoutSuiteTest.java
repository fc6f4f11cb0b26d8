package com.shopsight.agent.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The held-out suite (questions written without the planner's code or phrasings): its gold SQL
 * runs on the tiny dataset and has rows, and none of its questions repeats the main suite's.
 */
class HoldoutSuiteTest {
    static final Path SUITE = GoldenSuiteTest.SUITE.resolveSibling("hm.holdout.golden.yaml");

    private static GoldenSuite suite;
    private static Connection conn;
    private static PreparedSuite prepared;

    @BeforeAll
    static void prepare() {
        suite = GoldenSuite.load(SUITE);
        conn = DuckDb.openReadOnly(TinyDataset.path());
        prepared = PreparedSuite.prepare(suite, conn, Progress.NONE);
    }

    @AfterAll
    static void close() throws Exception {
        prepared.close();
        conn.close();
    }

    @Test
    void every_gold_query_runs_and_has_rows() {
        List<String> wrong = new ArrayList<>();
        for (GoldenQuestion q : suite.questions()) {
            for (int i = 0; i < q.turns().size(); i++) {
                for (Gold g : prepared.gold(q.id(), i)) {
                    if (g instanceof Gold.Broken b) {
                        wrong.add(q.id() + "#" + i + ": " + b.error());
                    } else if (g instanceof Gold.Expected e && e.table().rows().isEmpty()) {
                        wrong.add(q.id() + "#" + i + " has no rows");
                    }
                }
            }
        }

        assertThat(suite.questions()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(wrong).isEmpty();
    }

    @Test
    void no_question_repeats_one_of_the_main_suite() {
        Set<String> main = GoldenSuite.load(GoldenSuiteTest.SUITE).questions().stream()
                .map(q -> q.question().toLowerCase(Locale.ROOT).strip()).collect(Collectors.toSet());

        assertThat(suite.questions()).extracting(q -> q.question().toLowerCase(Locale.ROOT).strip())
                .doesNotHaveDuplicates().noneMatch(main::contains);
    }
}
