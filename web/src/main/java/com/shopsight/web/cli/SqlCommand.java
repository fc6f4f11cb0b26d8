package com.shopsight.web.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import java.io.PrintWriter;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight sql "SELECT ..."`: one read-only query through the SQL gate, printed. */
@Command(
        name = "sql",
        mixinStandardHelpOptions = true,
        description = {
            "Run one read-only query through the SQL gate and print its rows.",
            "Only SELECT (WITH ..., FROM ..., VALUES, PIVOT ... IN) over the database's tables passes;",
            "a refused query exits with 4 and says why, with the nearest real names for typos."
        })
final class SqlCommand implements Runnable {
    /** How the result is printed. */
    enum Format { table, csv, json }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    ShopSightCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SQL", description = "The query; quote it for the shell.")
    String sql;

    @Option(names = "--format", defaultValue = "table",
            description = "table (default), csv, or json (the result object of the REST API).")
    Format format;

    @Option(names = "--max-rows", paramLabel = "N", description = "Row cap (default: " + GateConfig.DEFAULT_ROW_CAP + ").")
    Integer maxRows;

    @Option(names = "--timeout", paramLabel = "S", description = "Time limit in seconds (default: 10).")
    Double timeoutSeconds;

    @Override
    public void run() {
        DuckDb.requireExists(parent.db);
        GateConfig config = GateConfig.forDatabase(parent.db);
        QueryLimits limits = limits(config);
        GateResult result;
        try (SqlGate gate = SqlGate.open(parent.db, config)) {
            result = gate.run(sql, limits, QueryContext.of("cli"));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(json(result));
        } else if (result instanceof Rows rows) {
            if (format == Format.csv) {
                ResultPrinter.csv(rows, out);
            } else {
                ResultPrinter.table(rows, out);
            }
            if (rows.truncated() && format == Format.csv) {
                spec.commandLine().getErr().println("note: only the first " + rows.rowCount() + " rows; raise --max-rows for more");
            }
        }
        out.flush();
        if (result instanceof Rejected rejected) {
            throw new InputRejectedException(ResultPrinter.explain(rejected));
        }
    }

    private QueryLimits limits(GateConfig config) {
        int rows = maxRows == null ? config.rowCap() : maxRows;
        if (rows < 1 || rows > QueryLimits.MAX_ROWS) {
            throw new ParameterException(spec.commandLine(), "--max-rows must be between 1 and " + QueryLimits.MAX_ROWS);
        }
        Duration timeout = config.timeout();
        if (timeoutSeconds != null) {
            if (!(timeoutSeconds > 0) || timeoutSeconds > QueryLimits.MAX_TIMEOUT.toSeconds()) {
                throw new ParameterException(spec.commandLine(),
                        "--timeout must be above 0 and at most " + QueryLimits.MAX_TIMEOUT.toSeconds() + " seconds");
            }
            timeout = Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
        }
        return new QueryLimits(rows, timeout);
    }

    private static String json(GateResult result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new ShopSightException("Cannot write the result as JSON: " + e.getMessage(), e);
        }
    }
}
