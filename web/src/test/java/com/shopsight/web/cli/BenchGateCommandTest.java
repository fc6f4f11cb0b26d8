package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.testing.TinyDataset;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `shopsight bench gate` prints its figures as lines; it asserts nothing about their size. */
class BenchGateCommandTest {
    @TempDir
    Path folder;

    @Test
    void prints_check_and_overhead_figures() {
        Path db = TinyDataset.copyTo(folder);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ShopSightCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));

        int exit = cl.execute("bench", "gate", "--iterations", "10", "--db", db.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith("check ")).count()).isGreaterThanOrEqualTo(5);
        assertThat(out.toString()).contains("heavy  plain").contains("summary: check()");
        assertThat(folder.resolve("audit")).doesNotExist();
    }
}
