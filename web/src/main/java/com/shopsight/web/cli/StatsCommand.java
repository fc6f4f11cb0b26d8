package com.shopsight.web.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.tools.data.DatasetStats;
import com.shopsight.tools.db.DuckDb;
import java.io.PrintWriter;
import java.sql.Connection;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight stats`: the headline figures of an H&M database beside the real data's. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "Print the headline figures of the H&M database at --db beside those of the real H&M data:"
                    + " row counts, shares by sales channel, index group, age bucket, club status and fashion news,"
                    + " price quartiles and weekly totals."
        })
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    ShopSightCli parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print this database's figures as JSON instead.")
    boolean json;

    @Option(names = "--weekly", description = "Also print every week's units and revenue.")
    boolean weekly;

    @Override
    public Integer call() throws Exception {
        DuckDb.requireExists(parent.db);
        DatasetStats stats;
        try (Connection conn = DuckDb.openReadOnly(parent.db)) {
            stats = DatasetStats.of(conn);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(stats));
        } else {
            out.print(StatsTable.render(parent.db.toString(), stats, DatasetStats.realHm(), weekly));
        }
        out.flush();
        return 0;
    }
}
