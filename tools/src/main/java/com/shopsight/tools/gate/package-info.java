/**
 * The SQL gate: the one guarded path from SQL to data. {@link com.shopsight.tools.gate.SqlGate}
 * is the front door ({@code open}, {@code check}, {@code run}); results are
 * {@link com.shopsight.tools.gate.Rows}, {@link com.shopsight.tools.gate.Accepted} or
 * {@link com.shopsight.tools.gate.Rejected}; {@link com.shopsight.tools.gate.GateConfig},
 * {@link com.shopsight.tools.gate.QueryLimits} and {@link com.shopsight.tools.gate.QueryContext}
 * say how and for whom.
 *
 * <h2>How a query passes</h2>
 * <ol>
 *   <li>Size: at most 20,000 characters and 64 levels of parentheses ({@code too_large}).
 *   <li>DuckDB's own parser ({@code json_serialize_sql}, which runs nothing) is the authority:
 *       the text must be exactly one statement ({@code multiple_statements}) and a query
 *       ({@code forbidden_statement}); its syntax errors come back with their position.
 *   <li>The parse tree is walked with allow-lists at every level ({@code AstPolicy}): query
 *       nodes, FROM items and expression classes it does not know are refused; every table
 *       reference must be a CTE in scope or a table or view of the database's main schema;
 *       every function must be on the allow-list ({@code functions.txt}).
 *   <li>JSqlParser reads the query independently and may only add refusals. Where it cannot
 *       read valid DuckDB SQL it has no say, so a correct query never meets a JSqlParser error.
 *   <li>The row cap is added by wrapping: {@code SELECT * FROM (query) LIMIT cap + 1}
 *       ({@code RowCap}). When trailing comments or semicolons were trimmed for that, the
 *       wrapped text goes through DuckDB's parser and the walk again.
 *   <li>DuckDB binds it (unknown columns with the nearest real names, type errors) and runs it
 *       on a duplicate of a read-only connection with a deadline; see "Defence in depth".
 * </ol>
 *
 * <h2>Accepted</h2>
 * One read-only query in DuckDB's dialect over the tables and views of the main schema:
 * SELECT; WITH (also RECURSIVE and MATERIALIZED) ... SELECT; UNION / INTERSECT / EXCEPT (ALL,
 * BY NAME); FROM-first ({@code FROM t SELECT a}, {@code FROM t}); VALUES; joins of every kind
 * (LATERAL, ASOF, POSITIONAL, USING); subqueries anywhere; GROUP BY ALL, GROUPING SETS,
 * ROLLUP, CUBE; HAVING; QUALIFY; WINDOW functions and FILTER; ORDER BY ALL; LIMIT / OFFSET;
 * USING SAMPLE and TABLESAMPLE (with a seed); PIVOT with an IN list and UNPIVOT; lambdas
 * ({@code lambda x: x + 1}) and list comprehensions; * EXCLUDE / REPLACE / COLUMNS(...);
 * casts; CASE; string matching (LIKE, ILIKE, SIMILAR TO, GLOB, regexp_*). Tables may be
 * qualified with {@code main} or the database's own name. A trailing semicolon and comments
 * are fine.
 *
 * <p>Functions: aggregates (including quantiles, mode, arg_max, string_agg, list), window
 * functions, conditional and null handling, math, string, regular expressions, date and time,
 * lists and arrays, maps and structs, JSON values held in columns, and a few type helpers;
 * operators always. In FROM only {@code range}, {@code generate_series} and {@code unnest}.
 *
 * <h2>Refused</h2>
 * <ul>
 *   <li>Every statement other than a query, however written (case, spacing, comments, quotes):
 *       COPY, EXPORT, IMPORT, ATTACH, DETACH, INSTALL, LOAD, SET, RESET, PRAGMA, CALL, USE,
 *       CREATE, DROP, ALTER, INSERT, UPDATE, DELETE, VACUUM, CHECKPOINT, EXPLAIN, DESCRIBE,
 *       SHOW, SUMMARIZE, and PIVOT without an IN list (DuckDB runs that as several statements).
 *   <li>A second statement after a semicolon, even a SELECT.
 *   <li>Files, URLs, other databases and system catalogs where a table belongs:
 *       {@code FROM '/etc/passwd'}, {@code FROM 'x.csv'}, {@code information_schema.tables},
 *       {@code pg_catalog.*}, {@code system.*}, {@code duckdb_tables}, CTEs named like files.
 *   <li>Table functions other than the three above ({@code read_csv*}, {@code read_parquet},
 *       {@code read_json*}, {@code read_text}, {@code read_blob}, {@code glob},
 *       {@code sniff_csv}, {@code query}, {@code query_table}, {@code duckdb_*()},
 *       {@code pragma_*()}, ...), and scalar functions off the allow-list ({@code getenv},
 *       {@code current_setting}, {@code getvariable}, {@code version}, {@code setseed},
 *       {@code nextval}, {@code sleep_ms}, {@code json_serialize_sql}, ...); schema-qualified
 *       function names.
 *   <li>Query parameters ({@code $1}, {@code ?}): values go into the SQL.
 *   <li>One value of more than a million elements built from a short text ({@code SizeGuard}):
 *       {@code range(1e9)} or {@code generate_series} as a list (in FROM they stream and are
 *       fine), {@code list_resize}, {@code repeat}, {@code lpad}/{@code rpad} with a size that is
 *       not a small constant, {@code bar} wider than 1,000, printf/format widths in the millions.
 *       DuckDB folds such constants while planning, where neither the cancel nor the memory
 *       limit reaches ({@code too_large}).
 *   <li>Schemas other than {@code main}, such as the generator's {@code meta} (planted ground
 *       truth), and DuckDB's built-in views ({@code duckdb_tables}, {@code sqlite_master}).
 * </ul>
 *
 * <h2>Defence in depth</h2>
 * The database is opened read-only, with extension auto-install and auto-load off, external
 * access (files, network) disabled, the memory limit, thread cap and temp folder set, and the
 * configuration locked, all as start-up settings. Each query runs on one of a few duplicated
 * connections, is cancelled at its time limit ({@code Statement.cancel}), and the caller gets
 * its answer by 1.25 times the limit even when DuckDB is slow to notice the cancel (it folds
 * constants while planning without checking for it). Every query seen, accepted or not, is
 * appended to the audit log, without result data.
 *
 * <p>Visible effects of the wrapping: result columns with the same name come back made unique
 * ({@code x}, {@code x_1}); DuckDB keeps a subquery's ORDER BY under a plain SELECT * and LIMIT.
 */
package com.shopsight.tools.gate;
