package com.shopsight.tools.db;

import com.shopsight.tools.ShopSightException;
import java.nio.file.Path;

/** The database file a command needs does not exist; the message says how to make one. */
public final class DatabaseMissingException extends ShopSightException {
    private final Path path;

    public DatabaseMissingException(Path path) {
        super("No database at " + path + ". Create one with `shopsight --db " + path
                + " generate --scale small` (synthetic H&M data) or `shopsight --db " + path
                + " load --from FOLDER` (the real H&M files).");
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
