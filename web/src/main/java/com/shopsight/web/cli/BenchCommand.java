package com.shopsight.web.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight bench ...`: benchmarks that print time and peak memory, one subcommand each. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures (time, peak memory).",
        subcommands = {
            BenchGenerateCommand.class,
            BenchLoadCommand.class,
            BenchLearnCommand.class,
            BenchGateCommand.class,
            BenchToolsCommand.class,
            BenchPlannerCommand.class,
            BenchLoadTestCommand.class,
            BenchBasketCommand.class,
            BenchSearchCommand.class,
            BenchReportCommand.class,
            BenchSlackCommand.class,
        })
final class BenchCommand implements Runnable {
    @ParentCommand
    ShopSightCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
