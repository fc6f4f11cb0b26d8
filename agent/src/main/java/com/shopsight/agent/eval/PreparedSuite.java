package com.shopsight.agent.eval;

import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.progress.Progress;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A golden suite with its gold results computed on a dataset, ready to score any agent.
 * Preparing needs the database open; scoring does not, so an agent whose gate opens the same
 * file with its own settings can run afterwards in the same process.
 */
public final class PreparedSuite implements AutoCloseable {
    private final GoldenSuite suite;
    private final Map<String, List<Gold>> gold;
    private final SqlInspector inspector;

    private PreparedSuite(GoldenSuite suite, Map<String, List<Gold>> gold, SqlInspector inspector) {
        this.suite = suite;
        this.gold = gold;
        this.inspector = inspector;
    }

    /** Runs every gold query of {@code suite} on {@code data}; a gold query that fails is kept as {@link Gold.Broken}. */
    public static PreparedSuite prepare(GoldenSuite suite, Connection data, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        long queries = suite.questions().stream().flatMap(q -> q.turns().stream()).mapToLong(t -> t.sql().size()).sum();
        SqlInspector inspector = SqlInspector.of(data);
        Map<String, List<Gold>> gold = new HashMap<>();
        progress.start("Gold queries", queries);
        for (GoldenQuestion q : suite.questions()) {
            for (int i = 0; i < q.turns().size(); i++) {
                List<Gold> results = new ArrayList<>();
                for (String sql : q.turns().get(i).sql()) {
                    results.add(run(data, inspector, sql));
                    progress.advance(1);
                }
                gold.put(key(q.id(), i), List.copyOf(results));
            }
        }
        progress.finish();
        return new PreparedSuite(suite, gold, inspector);
    }

    private static Gold run(Connection data, SqlInspector inspector, String sql) {
        // A suite file is input like any other: only single queries run (DuckDB would run every
        // statement of a string, and the connection is read-only but not locked down).
        if (!inspector.isOneQuery(sql)) {
            return new Gold.Broken(sql, "a gold query must be exactly one SELECT");
        }
        try {
            Table table = ResultTables.query(data, sql);
            return new Gold.Expected(sql, table, inspector.ordersAtTop(sql));
        } catch (SQLException e) {
            return new Gold.Broken(sql, String.valueOf(e.getMessage()));
        }
    }

    private static String key(String id, int turn) {
        return id + "#" + turn;
    }

    public GoldenSuite suite() {
        return suite;
    }

    /** The gold results of turn {@code turn} (0 for the first question) of question {@code id}. */
    public List<Gold> gold(String id, int turn) {
        List<Gold> g = gold.get(key(id, turn));
        if (g == null) {
            throw new IllegalArgumentException("no turn " + turn + " of question " + id);
        }
        return g;
    }

    /**
     * Asks {@code agent} every question (follow-ups in the question's conversation) in the
     * given mode, and scores each answer.
     */
    public EvalRun run(Agent agent, Question.ModeChoice mode, Progress progress) {
        Instant started = Instant.now();
        TurnScorer scorer = new TurnScorer(inspector, analyticTools());
        List<QuestionResult> results = new ArrayList<>();
        progress.start("Golden questions", suite.questions().size());
        for (GoldenQuestion q : suite.questions()) {
            results.add(ask(agent, mode, q, scorer));
            progress.advance(1);
        }
        progress.finish();
        return new EvalRun(suite.dataset(), mode.name().toLowerCase(java.util.Locale.ROOT), started, Instant.now(), results);
    }

    private QuestionResult ask(Agent agent, Question.ModeChoice mode, GoldenQuestion q, TurnScorer scorer) {
        List<TurnResult> turns = new ArrayList<>();
        String conversation = null;
        for (int i = 0; i < q.turns().size(); i++) {
            Turn turn = q.turns().get(i);
            TurnResult r = scorer.ask(agent, new Question(turn.question(), conversation, mode, "eval"), turn, gold(q.id(), i));
            if (r.answer() != null) {
                conversation = r.answer().conversationId();
            }
            turns.add(r);
        }
        return new QuestionResult(q.id(), q.category(), q.tags(), turns);
    }

    /** Tools the suite's checks name, but charts: a plain data question should not be sent to them either. */
    private List<String> analyticTools() {
        List<String> tools = new ArrayList<>();
        for (GoldenQuestion q : suite.questions()) {
            for (Turn t : q.turns()) {
                String tool = t.expectedTool();
                if (tool != null && !tool.equalsIgnoreCase("chart") && !tools.contains(tool)) {
                    tools.add(tool);
                }
            }
        }
        return tools;
    }

    @Override
    public void close() {
        inspector.close();
    }
}
