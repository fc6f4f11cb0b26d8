package com.shopsight.web.cli;

import com.shopsight.tools.progress.Progress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Draws {@link Progress} as a bar on a terminal, and nothing when output is not one. */
final class TerminalProgress implements Progress {
    private final PrintStream out;
    private ProgressBar bar;

    private TerminalProgress(PrintStream out) {
        this.out = out;
    }

    /** A bar on standard error when this process runs on a terminal; otherwise silence. */
    static Progress forConsole() {
        return onTerminal(System.console()) ? new TerminalProgress(System.err) : Progress.NONE;
    }

    /**
     * Whether {@code console} is a terminal. Up to JDK 21 a console exists only on one; from JDK
     * 22 there is always one, and {@code Console.isTerminal()} (absent from release 17) tells.
     */
    static boolean onTerminal(java.io.Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void start(String task, long total) {
        finish();
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .setUpdateIntervalMillis(200)
                .build();
    }

    @Override
    public void advance(long steps) {
        if (bar != null) {
            bar.stepBy(steps);
        }
    }

    @Override
    public void finish() {
        if (bar != null) {
            bar.stepTo(bar.getMax());
            bar.close();
            bar = null;
        }
    }
}
