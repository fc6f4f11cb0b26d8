package com.shopsight.web.cli;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.SchemaDocFiles;
import com.shopsight.tools.schema.SchemaLearner;
import com.shopsight.tools.schema.TableDoc;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight learn`: learns the database and writes the schema doc the agent reads. */
@Command(
        name = "learn",
        mixinStandardHelpOptions = true,
        description = {
            "Learn the database at --db (tables, columns, values, relationships, quirks, example questions)"
                    + " and write NAME.md (compact, for an LLM's prompt) and NAME.json (full detail) into --out.",
            "Works on any DuckDB database; the H&M tables get curated meanings and headline figures."
        })
final class LearnCommand implements Callable<Integer> {
    @ParentCommand
    ShopSightCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--name", paramLabel = "NAME",
            description = "The doc's name and file name (default: hm for a database with the H&M tables,"
                    + " else the database file's base name).")
    String name;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "schema-docs",
            description = "The folder to write into (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (name != null && !SchemaDocFiles.validName(name)) {
            throw new ParameterException(spec.commandLine(), "--name '" + name
                    + "' is not a usable file name: use letters, digits, '.', '_' and '-'");
        }
        Path db = parent.db;
        DuckDb.requireExists(db);
        long start = System.nanoTime();
        SchemaDoc doc;
        try (Connection conn = DuckDb.openReadOnly(db)) {
            SchemaLearner learner = new SchemaLearner();
            String docName = name != null ? name : learner.knownDatasetName(conn).orElse(baseName(db));
            doc = learner.learn(conn, docName, TerminalProgress.forConsole());
        }
        SchemaDocFiles.Written written = SchemaDocFiles.write(doc, out);
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "Wrote %s (about %,d tokens) and %s%n", written.markdown(), written.markdownTokens(),
                written.json());
        w.println(summary(doc, (System.nanoTime() - start) / 1e9));
        w.flush();
        return 0;
    }

    /** One line: what was learned and how long it took. */
    static String summary(SchemaDoc doc, double seconds) {
        int columns = doc.tables().stream().mapToInt(t -> t.columns().size()).sum();
        long rows = doc.tables().stream().mapToLong(TableDoc::rowCount).sum();
        return String.format(Locale.ROOT, "Learned %s: %d tables, %d columns, %,d rows, %d relationships, %d quirks,"
                        + " %d example questions (all ran)%s in %.1f s.",
                doc.name(), doc.tables().size(), columns, rows, doc.relationships().size(), doc.quirks().size(),
                doc.examples().size(), doc.dictionary() != null ? "; meanings from the " + doc.dictionary() + " dictionary"
                        : "; meanings inferred", seconds);
    }

    /** The database file's name without its extension, made safe as a doc name. */
    static String baseName(Path db) {
        String file = db.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String base = (dot > 0 ? file.substring(0, dot) : file).replaceAll("[^A-Za-z0-9_.-]", "-");
        return SchemaDocFiles.validName(base) ? base : "database";
    }
}
