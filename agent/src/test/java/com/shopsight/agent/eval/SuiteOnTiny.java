package com.shopsight.agent.eval;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A golden suite loaded and its gold SQL prepared on the tiny dataset, for tests of the suite
 * itself. Registered as an extension ({@code @RegisterExtension static final}), it closes after the class.
 */
final class SuiteOnTiny implements AfterAllCallback {
    static final Path MAIN = Path.of(System.getProperty("shopsight.repo.root", ".."), "schema-docs", "hm.golden.yaml");
    static final Path HOLDOUT = MAIN.resolveSibling("hm.holdout.golden.yaml");

    final GoldenSuite suite;
    final PreparedSuite prepared;
    private final Connection conn;

    SuiteOnTiny(Path file) {
        suite = GoldenSuite.load(file);
        conn = DuckDb.openReadOnly(TinyDataset.path());
        prepared = PreparedSuite.prepare(suite, conn, Progress.NONE);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        prepared.close();
        conn.close();
    }
}
