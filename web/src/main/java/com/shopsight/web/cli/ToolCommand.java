package com.shopsight.web.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight tool ...`: run one analytic tool by hand, as the agent would, and print its result. */
@Command(
        name = "tool",
        mixinStandardHelpOptions = true,
        description = "Run an analytic tool on --db and print its result (--format json or table).",
        subcommands = {
            ToolForecastCommand.class,
            ToolSegmentsCommand.class,
            ToolChurnCommand.class,
            ToolBasketCommand.class,
            ToolChartCommand.class,
            ToolSearchCommand.class,
            ToolReportCommand.class,
        })
final class ToolCommand implements Runnable {
    @ParentCommand
    ShopSightCli parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
