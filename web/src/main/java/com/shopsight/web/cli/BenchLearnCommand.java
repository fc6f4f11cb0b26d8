package com.shopsight.web.cli;

import com.shopsight.tools.bench.Measurement;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.SchemaDocMarkdown;
import com.shopsight.tools.schema.SchemaLearner;
import java.io.PrintWriter;
import java.sql.Connection;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight bench learn`: how long learning the database takes, and its peak memory. */
@Command(
        name = "learn",
        mixinStandardHelpOptions = true,
        description = "Learn the database at --db once (nothing is written) and print the time and peak memory.")
final class BenchLearnCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        java.nio.file.Path db = bench.parent.db;
        DuckDb.requireExists(db);
        Measurement.Measured<SchemaDoc> run;
        try (Connection conn = DuckDb.openReadOnly(db)) {
            SchemaLearner learner = new SchemaLearner();
            String name = learner.knownDatasetName(conn).orElse(LearnCommand.baseName(db));
            // No progress bar: drawing it would be measured too.
            run = Measurement.of("learn " + db.getFileName(), () -> learner.learn(conn, name, Progress.NONE));
        }
        SchemaDoc doc = run.value();
        PrintWriter out = spec.commandLine().getOut();
        out.println(run.measurement().line());
        out.println(LearnCommand.summary(doc, run.measurement().millis() / 1000));
        out.printf(Locale.ROOT, "Markdown doc: about %,d tokens%n",
                SchemaDocMarkdown.estimateTokens(SchemaDocMarkdown.render(doc)));
        out.flush();
        return 0;
    }
}
