package com.shopsight.web.cli;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.segments.SegmentsParams;
import com.shopsight.tools.segments.SegmentsResult;
import com.shopsight.tools.segments.SegmentsTool;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** `shopsight tool segments buyers|rfm|clusters`: customer segments. */
@Command(
        name = "segments",
        mixinStandardHelpOptions = true,
        description = {
            "Customer segments: the buyers' profile, RFM, or behavioural clusters.",
            "Over the transactions the filters name (all of them by default):",
            "  buyers    the buyers' profile against all customers, with an index per trait",
            "  rfm       recency, frequency and monetary scores and the ten named RFM segments",
            "  clusters  k-means++ clusters of behaviour, k chosen by silhouette, with persona names",
            "Example: shopsight tool segments buyers --index-group Divided"
        })
final class ToolSegmentsCommand implements Callable<Integer> {
    @ParentCommand
    ToolCommand tool;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "buyers|rfm|clusters", description = "Which segmentation.")
    String analysis;

    @Mixin
    ScopeOptions scope;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", description = "The day recency is measured from (default: the last day of the data).")
    LocalDate referenceDate;

    @Option(names = "--min-k", defaultValue = "2", description = "The fewest clusters to try (default: ${DEFAULT-VALUE}).")
    int minK;

    @Option(names = "--max-k", defaultValue = "8", description = "The most clusters to try (default: ${DEFAULT-VALUE}).")
    int maxK;

    @Option(names = "--sample", defaultValue = "10000", description = "Customers clustered at most (default: ${DEFAULT-VALUE}).")
    int sample;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "Seed of the sample and of k-means++ (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "table", paramLabel = "json|table", description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws Exception {
        ToolOutput.Format f;
        SegmentsParams params;
        try {
            f = ToolOutput.Format.parse(format);
            params = new SegmentsParams(SegmentsParams.Analysis.parse(analysis), scope.scope(), referenceDate, minK, maxK, sample, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        DuckDb.requireExists(tool.parent.db);
        SegmentsResult result;
        try (SqlGate gate = SqlGate.open(tool.parent.db, GateConfig.forDatabase(tool.parent.db))) {
            result = new SegmentsTool(gate, QueryContext.of("cli")).run(params);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (result instanceof SegmentsResult.Failed failed) {
            return ToolOutput.failed(f, failed, failed.problem(), out, spec.commandLine().getErr());
        }
        out.print(f == ToolOutput.Format.JSON ? ToolOutput.json(result) + "\n" : SegmentsTable.render(result));
        out.flush();
        return 0;
    }
}
