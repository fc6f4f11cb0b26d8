package com.shopsight.tools.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import net.sf.jsqlparser.expression.AnalyticExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.TableFunction;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * JSqlParser's independent reading of a query DuckDB already accepted. It can only add
 * refusals: a second statement, a statement that is not a SELECT, a string or a foreign name
 * where a table belongs, a function DuckDB has and the gate forbids. Where JSqlParser cannot
 * read valid DuckDB SQL (FROM-first, USING SAMPLE, TABLESAMPLE, UNPIVOT, ...) it has no
 * opinion, and DuckDB's parser stays the authority.
 */
final class JSqlSecondOpinion {
    /** Long enough for any real query (a few ms); JSqlParser backtracks badly on some input. */
    private static final long PARSE_TIMEOUT_MS = 500;

    private final ScheduledExecutorService timer;
    private final Catalog catalog;
    private final FunctionPolicy policy;

    JSqlSecondOpinion(ScheduledExecutorService timer, Catalog catalog, FunctionPolicy policy) {
        this.timer = timer;
        this.catalog = catalog;
        this.policy = policy;
    }

    /** Whether JSqlParser could read {@code sql}; refuses what it finds forbidden. */
    boolean review(String sql) throws Refusal {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(true);
        // Parsed on this thread (a hand-off to a parser thread costs more than most parses);
        // the timer raises JSqlParser's own stop flag if it backtracks for too long.
        ScheduledFuture<?> watchdog = timer.schedule(() -> {
            parser.interrupted = true;
        }, PARSE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        Statements statements;
        try {
            statements = parser.Statements();
        } catch (ParseException | RuntimeException e) {
            return false; // DuckDB's dialect beyond JSqlParser's grammar, or the watchdog: no opinion
        } finally {
            watchdog.cancel(false);
        }
        if (statements.size() != 1) {
            throw DuckDbParser.multipleStatements(sql, SqlText.scan(sql));
        }
        Statement statement = statements.get(0);
        if (!(statement instanceof Select)) {
            throw DuckDbParser.forbiddenStatement(SqlText.scan(sql).firstWord(), sql);
        }
        Names names = new Names();
        Set<String> tables;
        try {
            tables = names.getTables(statement);
        } catch (UnsupportedOperationException e) {
            return false; // a construct TablesNamesFinder does not walk: no opinion
        }
        for (String table : tables) {
            checkTable(table, sql);
        }
        for (String function : names.inFrom) {
            if (policy.table(function) != FunctionPolicy.Verdict.ALLOWED) {
                throw new Refusal(Rejected.Kind.FORBIDDEN_FUNCTION, "table function " + function + " is not allowed",
                        "Only " + String.join(", ", policy.allowedTable()) + " may stand in FROM.", null, sql);
            }
        }
        for (String function : names.scalar) {
            if (policy.scalar(function) == FunctionPolicy.Verdict.FORBIDDEN) {
                throw new Refusal(Rejected.Kind.FORBIDDEN_FUNCTION, "function " + function + " is not allowed",
                        "Use functions for analysis: aggregate, window, date, string, math, conditional, list, regexp, JSON values.", null, sql);
            }
        }
        return true;
    }

    private void checkTable(String qualified, String sql) throws Refusal {
        if (qualified.contains("'")) {
            throw new Refusal(Rejected.Kind.FORBIDDEN_TABLE, "a string cannot stand for a table: " + qualified,
                    "Query the database's tables by name: " + String.join(", ", catalog.tableNames()) + ".", null, sql);
        }
        List<String> parts = new ArrayList<>();
        for (String part : qualified.split("\\.")) {
            parts.add(part.replace("\"", ""));
        }
        String table = parts.get(parts.size() - 1);
        List<String> qualifiers = parts.subList(0, parts.size() - 1);
        boolean own = qualifiers.stream().allMatch(q -> q.equalsIgnoreCase("main") || q.equalsIgnoreCase(catalog.databaseName()));
        // TablesNamesFinder leaves out CTE names; anything else must be in the catalog.
        if (!own || catalog.table(table).isEmpty()) {
            throw new Refusal(Rejected.Kind.FORBIDDEN_TABLE, qualified + " is not a table of this database",
                    "Tables: " + String.join(", ", catalog.tableNames()) + ".", null, sql);
        }
    }

    /** TablesNamesFinder walks every corner of a statement; this one also notes function names. */
    private static final class Names extends TablesNamesFinder<Void> {
        final Set<String> scalar = new TreeSet<>();
        final Set<String> inFrom = new TreeSet<>();

        @Override
        public <S> Void visit(Function function, S context) {
            scalar.add(bare(function.getName()));
            return super.visit(function, context);
        }

        @Override
        public <S> Void visit(AnalyticExpression function, S context) {
            scalar.add(bare(function.getName()));
            return super.visit(function, context);
        }

        @Override
        public <S> Void visit(TableFunction function, S context) {
            inFrom.add(bare(function.getFunction().getName()));
            return super.visit(function, context);
        }

        private static String bare(String name) {
            return name == null ? "" : name.replace("\"", "").toLowerCase(Locale.ROOT);
        }
    }
}
