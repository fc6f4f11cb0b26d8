package com.shopsight.web.cli;

import com.shopsight.tools.churn.ChurnParams;
import com.shopsight.tools.churn.ChurnResult;
import com.shopsight.tools.churn.ChurnTool;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** `shopsight tool churn`: churn risk of current customers, with the model's evaluation. */
@Command(
        name = "churn",
        mixinStandardHelpOptions = true,
        description = {
            "Churn risk of current customers, with the model's evaluation.",
            "Trains a model at one cutoff, evaluates it at a later one (ROC AUC, precision in the top",
            "decile), and lists the current customers most at risk with what drives their risk."
        })
final class ToolChurnCommand implements Callable<Integer> {
    @ParentCommand
    ToolCommand tool;

    @Spec
    CommandSpec spec;

    @Option(names = "--weeks", defaultValue = "8", description = "Churn: no purchase in this many weeks (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = "--active-weeks", defaultValue = "26", description = "Only customers who bought in this many weeks before a cutoff (default: ${DEFAULT-VALUE}).")
    int activeWeeks;

    @Option(names = "--top", defaultValue = "20", description = "How many of the highest-risk customers to list (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--sample", defaultValue = "100000", description = "Customers to train on at most (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Treat this day as today (default: the last day of the data).")
    LocalDate asOf;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of the training sample (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        ToolOutput.Format f;
        ChurnParams params;
        try {
            f = ToolOutput.Format.parse(format);
            params = new ChurnParams(weeks, activeWeeks, top, sample, asOf, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DuckDb.requireExists(tool.parent.db);
        ChurnResult result;
        try (SqlGate gate = SqlGate.open(tool.parent.db, GateConfig.forDatabase(tool.parent.db))) {
            result = new ChurnTool(gate, QueryContext.of("cli")).run(params);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result instanceof ChurnResult.Failed failed) {
            return ToolOutput.failed(f, failed, failed.problem(), out, spec.commandLine().getErr());
        }
        ChurnResult.ChurnRisk risk = (ChurnResult.ChurnRisk) result;
        out.print(f == ToolOutput.Format.JSON ? ToolOutput.json(risk) + "\n" : ChurnTable.render(risk));
        out.flush();
        return 0;
    }
}
