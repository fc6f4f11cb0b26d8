package com.shopsight.tools.testing;

import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import java.nio.file.Path;

/** A SQL gate over a private copy of the tiny dataset, as the analytic tools' tests need one. */
public final class TinyGate {
    private TinyGate() {}

    /**
     * Opens a gate, without an audit log, on a copy of the tiny dataset in {@code dir} (a copy,
     * because the gate opens its file with settings of its own; see {@link TinyDataset}).
     */
    public static SqlGate open(Path dir) {
        Path db = TinyDataset.copyTo(dir);
        return SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(null, 1024));
    }
}
