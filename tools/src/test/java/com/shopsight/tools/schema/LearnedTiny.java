package com.shopsight.tools.schema;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.testing.TinyDataset;
import java.sql.Connection;
import java.sql.SQLException;

/** The schema doc of the tiny synthetic dataset, learned once per test JVM. */
final class LearnedTiny {
    private static SchemaDoc doc;

    private LearnedTiny() {}

    static synchronized SchemaDoc doc() {
        if (doc == null) {
            doc = learn();
        }
        return doc;
    }

    /** A fresh learning run, for tests that compare two runs. */
    static SchemaDoc learn() {
        try (Connection conn = DuckDb.openReadOnly(TinyDataset.path())) {
            return new SchemaLearner().learn(conn, "hm", Progress.NONE);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
