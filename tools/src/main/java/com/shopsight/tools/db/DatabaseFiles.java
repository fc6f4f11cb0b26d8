package com.shopsight.tools.db;

import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Builds a database beside its target and swaps it in only when complete, so a failed or
 * interrupted build leaves the previous database untouched.
 */
public final class DatabaseFiles {
    private DatabaseFiles() {}

    /** The scratch path beside {@code target} that a new database is built in. */
    public static Path scratchFor(Path target) {
        Path abs = target.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".building-" + ProcessHandle.current().pid() + ".tmp");
    }

    /** Removes a scratch database and its write-ahead log, if any. */
    public static void discard(Path scratch) {
        try {
            Files.deleteIfExists(scratch);
            Files.deleteIfExists(scratch.resolveSibling(scratch.getFileName() + ".wal"));
        } catch (IOException e) {
            throw new ShopSightException("Cannot remove scratch database " + scratch + ": " + e.getMessage(), e);
        }
    }

    /** Moves the finished scratch database over the target in one rename. */
    public static void swapIn(Path scratch, Path target) {
        Path abs = target.toAbsolutePath();
        try {
            Files.createDirectories(abs.getParent());
            try {
                Files.move(scratch, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(scratch, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            // A WAL left by an older database would be replayed onto the new one.
            Files.deleteIfExists(abs.resolveSibling(abs.getFileName() + ".wal"));
        } catch (IOException e) {
            throw new ShopSightException("Cannot move " + scratch + " to " + target + ": " + e.getMessage(), e);
        }
    }
}
