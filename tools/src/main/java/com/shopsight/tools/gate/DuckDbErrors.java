package com.shopsight.tools.gate;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns DuckDB's error messages into rejections an LLM can repair from: a code, a short
 * message with the nearest real names, a hint, and the position in the submitted SQL (DuckDB
 * marks it with a caret under "LINE n:" in the executed, wrapped text).
 */
final class DuckDbErrors {
    /** What the error is about: the submitted and executed SQL and the tables the query reads. */
    record Query(String sql, String executedSql, Collection<String> tables) {}

    private static final Pattern COLUMN = Pattern.compile(
            "Referenced column \"(.+?)\" not found|(?:Table|Values list) \"(.+?)\" does not have a column named \"(.+?)\"");
    private static final Pattern ALIAS = Pattern.compile("Referenced table \"(.+?)\" not found");
    private static final Pattern TABLE = Pattern.compile("Table with name (\\S+) does not exist");
    private static final Pattern FUNCTION = Pattern.compile("Function with name (\\S+) does not exist");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern CARET = Pattern.compile("(?m)^(LINE (\\d+): )(.*)\\R( *)\\^");

    private DuckDbErrors() {}

    /** A rejection for an error DuckDB raised while binding or running {@code query}. */
    static Rejected map(SQLException e, Query query, Catalog catalog, boolean timedOut, Duration timeout) {
        String full = String.valueOf(e.getMessage());
        String first = full.lines().findFirst().orElse(full).trim();
        String type = first.contains(":") ? first.substring(0, first.indexOf(':')) : "";
        String detail = first.contains(":") ? first.substring(first.indexOf(':') + 1).trim() : first;
        Integer at = position(full, query);
        String sql = query.sql();
        if (type.startsWith("INTERRUPT") || timedOut) {
            return timeout(timeout, sql);
        }
        if (type.startsWith("Out of Memory")) {
            return new Rejected(Rejected.Kind.OUT_OF_MEMORY, "the query needed more memory than the gate allows: " + detail,
                    "Aggregate or filter before returning rows; avoid huge lists and cross joins.", null, sql);
        }
        if (type.startsWith("Parser")) {
            return new Rejected(Rejected.Kind.SYNTAX, detail, "Check the SQL near the position given.", at, sql);
        }
        if (type.startsWith("Permission")) {
            return new Rejected(Rejected.Kind.FORBIDDEN_FUNCTION, "the query tried to reach outside the database: " + detail,
                    "Query the database's tables only.", at, sql);
        }
        if (type.startsWith("Binder") || type.startsWith("Catalog")) {
            return bindError(full, detail, at, query, catalog);
        }
        if (detail.contains("configuration has been locked") || detail.contains("read-only mode")) {
            return new Rejected(Rejected.Kind.FORBIDDEN_STATEMENT, detail, "Send one read-only query.", at, sql);
        }
        return new Rejected(Rejected.Kind.EXECUTION_ERROR, first,
                "Check casts, divisions and date formats; TRY(expression) turns a failing value into NULL.", at, sql);
    }

    private static Rejected bindError(String full, String detail, Integer at, Query query, Catalog catalog) {
        String sql = query.sql();
        Matcher column = COLUMN.matcher(detail);
        if (column.find()) {
            String name = column.group(1) != null ? column.group(1) : column.group(3);
            String alias = column.group(2);
            List<String> candidates = new ArrayList<>(candidates(full));
            candidates.addAll(columnsOf(query.tables(), catalog));
            List<String> near = Suggestions.nearest(name, candidates, c -> isText(c, query.tables(), catalog), 3);
            String message = "no column " + name + (alias == null ? "" : " in " + alias)
                    + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?");
            String similar = near.size() > 1 ? "Similar columns: " + String.join(", ", near) + ". " : "";
            return new Rejected(Rejected.Kind.UNKNOWN_COLUMN, message, similar + columnsHint(query.tables(), catalog), at, sql);
        }
        Matcher alias = ALIAS.matcher(detail);
        Matcher table = TABLE.matcher(detail);
        String name = alias.find() ? alias.group(1) : table.find() ? table.group(1) : null;
        if (name != null) {
            List<String> candidates = new ArrayList<>(candidates(full));
            candidates.addAll(catalog.tableNames());
            List<String> near = Suggestions.nearest(name, candidates, 3);
            return new Rejected(Rejected.Kind.UNKNOWN_TABLE,
                    "no table or alias " + name + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?"),
                    "Tables: " + String.join(", ", catalog.tableNames()) + ". Every alias must be defined in FROM.", at, sql);
        }
        Matcher function = FUNCTION.matcher(detail);
        if (function.find()) {
            return new Rejected(Rejected.Kind.UNKNOWN_FUNCTION, detail, null, at, sql);
        }
        if (detail.contains("lambda arrow")) {
            return new Rejected(Rejected.Kind.INVALID_QUERY, "DuckDB no longer accepts the -> lambda arrow",
                    "Write lambdas as lambda x: x + 1 (with an index: lambda x, i: x + i).", at, sql);
        }
        String hint = detail.contains("must appear in the GROUP BY clause")
                ? "Every selected column must be aggregated or listed in GROUP BY (GROUP BY ALL does that)."
                : detail.contains("not supported")
                ? "Write it another way: DuckDB does not support this combination."
                : "Check the types and arguments; cast with ::TYPE where DuckDB cannot choose.";
        return new Rejected(Rejected.Kind.INVALID_QUERY, detail, hint, at, sql);
    }

    /** The names DuckDB offered after "Candidate bindings:" or "Did you mean", bare. */
    private static List<String> candidates(String full) {
        List<String> names = new ArrayList<>();
        for (String line : full.lines().toList()) {
            if (line.startsWith("Candidate bindings") || line.startsWith("Did you mean")) {
                Matcher m = QUOTED.matcher(line);
                while (m.find()) {
                    String name = m.group(1);
                    names.add(name.substring(name.lastIndexOf('.') + 1));
                }
            }
        }
        return names;
    }

    private static List<String> columnsOf(Collection<String> tables, Catalog catalog) {
        List<String> columns = new ArrayList<>();
        for (String t : tables) {
            catalog.table(t).ifPresent(table -> columns.addAll(table.columnNames()));
        }
        return columns;
    }

    private static boolean isText(String column, Collection<String> tables, Catalog catalog) {
        return tables.stream().flatMap(t -> catalog.table(t).stream()).flatMap(t -> t.columns().stream())
                .anyMatch(c -> c.name().equalsIgnoreCase(column) && c.type().equals("VARCHAR"));
    }

    private static String columnsHint(Collection<String> tables, Catalog catalog) {
        List<String> parts = new ArrayList<>();
        for (String t : tables) {
            Optional<Catalog.Table> table = catalog.table(t);
            table.ifPresent(value -> parts.add(value.name() + " has " + String.join(", ", value.columnNames())));
        }
        return parts.isEmpty() ? "Check the column names of the tables in FROM." : String.join("; ", parts) + ".";
    }

    /** The caret's offset in the submitted SQL, or null when DuckDB gave none or it is in the wrapper. */
    static Integer position(String full, Query query) {
        Matcher m = CARET.matcher(full);
        if (!m.find()) {
            return null;
        }
        int lineNumber = Integer.parseInt(m.group(2));
        String shown = m.group(3);
        int caret = m.group(4).length() - m.group(1).length();
        if (shown.startsWith("...")) {
            shown = shown.substring(3);
            caret -= 3;
        }
        if (shown.endsWith("...")) {
            shown = shown.substring(0, shown.length() - 3);
        }
        String executed = query.executedSql();
        List<String> lines = executed.lines().toList();
        if (lineNumber < 1 || lineNumber > lines.size()) {
            return null;
        }
        int lineStart = 0;
        for (int i = 0; i < lineNumber - 1; i++) {
            lineStart = executed.indexOf('\n', lineStart) + 1;
        }
        int within = lines.get(lineNumber - 1).indexOf(shown);
        if (within < 0) {
            return null;
        }
        int at = lineStart + within + caret - RowCap.PREFIX.length();
        return at >= 0 && at <= query.sql().length() ? at : null;
    }

    /** The rejection of a query cancelled at its time limit. */
    static Rejected timeout(Duration limit, String sql) {
        return new Rejected(Rejected.Kind.TIMEOUT, "the query ran past its " + seconds(limit) + " limit and was cancelled",
                "Filter or aggregate earlier, avoid cross joins and unbounded recursive CTEs, or ask for a longer limit.", null, sql);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
