package com.shopsight.web.cli;

import com.shopsight.tools.data.HmLoader;
import com.shopsight.tools.data.LoadRequest;
import com.shopsight.tools.data.LoadResult;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight load --from PATH`: loads the real H&M files into the database, all or nothing. */
@Command(
        name = "load",
        mixinStandardHelpOptions = true,
        description = {
            "Load the real H&M files into the database: articles.csv, customers.csv and transactions_train.csv"
                    + " as distributed on Kaggle, or the same three as Parquet, either flat (articles.parquet, ...)"
                    + " or one folder per table as in Kumo's copy (articles/, customers/, transactions/).",
            "Every file, column and value is checked before anything is written; the new database replaces the"
                    + " old one only when complete, so a rejected or interrupted load changes nothing."
        },
        footer = {
            "",
            "Examples:",
            "  shopsight load --from ~/Downloads/hm",
            "  shopsight --db data/real.duckdb load --from ~/Downloads/hm",
            "  shopsight load --from s3://kumo-public-datasets/hm_with_images/",
            "",
            "Remote prefixes need DuckDB's httpfs extension, which DuckDB downloads on first use; offline, download"
                    + " the files and load the folder. A bucket outside us-east-1 needs AWS_REGION (Kumo's is in"
                    + " us-west-2). Bad files exit with code 4 and list every problem found."
        })
final class LoadCommand implements Callable<Integer> {
    @ParentCommand
    ShopSightCli parent;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--from",
            required = true,
            paramLabel = "PATH",
            description = "A folder with the H&M files, or a remote prefix (s3://, https://).")
    String from;

    @Override
    public Integer call() {
        LoadResult result = new HmLoader(TerminalProgress.forConsole()).load(new LoadRequest(from, parent.db));
        if (result instanceof LoadResult.Rejected rejected) {
            throw new InputRejectedException(rejected.message());
        }
        PrintWriter out = spec.commandLine().getOut();
        ((LoadResult.Loaded) result).report().lines().forEach(out::println);
        out.flush();
        return 0;
    }
}
