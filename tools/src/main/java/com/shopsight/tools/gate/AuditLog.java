package com.shopsight.tools.gate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Appends one JSON line per query the gate sees: when, from where, the SQL, the verdict, how
 * many rows and how long. Never result data: error messages of queries that failed while
 * running can quote data values, so for those only the error's type is kept. Rotated by size,
 * keeping {@link #KEEP} older files (name.1 is the newest).
 */
final class AuditLog {
    /** One line of the log. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"time", "action", "surface", "conversation", "verdict", "kind", "rows", "truncated", "ms", "sql", "error"})
    record Entry(
            String time,
            String action,
            String surface,
            String conversation,
            String verdict,
            String kind,
            Integer rows,
            Boolean truncated,
            long ms,
            String sql,
            String error) {

        /** The entry for one call of the gate; {@code rejected} is null when it passed. */
        static Entry of(String action, QueryContext context, String sql, Rejected rejected, Integer rows,
                Boolean truncated, long ms) {
            String error = null;
            if (rejected != null) {
                // A failure while running can quote data values; the log keeps only its type then.
                error = rejected.kind() == Rejected.Kind.EXECUTION_ERROR
                        ? rejected.message().replaceFirst(":.*", "")
                        : rejected.message();
            }
            return new Entry(Instant.now().toString(), action, context.surface(), context.conversationId(),
                    rejected == null ? "accepted" : "rejected", rejected == null ? null : rejected.kind().code(),
                    rows, truncated, ms, clip(sql), error);
        }
    }

    static final int KEEP = 3;
    /** Longer SQL is cut in the log; the gate refuses anything much longer anyway. */
    static final int MAX_SQL_CHARS = 4000;
    static final AuditLog NONE = new AuditLog(null, 0);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final long maxBytes;
    /** Kept open between entries: opening the file for every query would cost more than the rest of the log. */
    private FileChannel channel;

    private AuditLog(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
    }

    static AuditLog open(Path file, long maxBytes) {
        if (file == null) {
            return NONE;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new ShopSightException("Cannot create the folder of the audit log " + file + ": " + e.getMessage(), e);
        }
        return new AuditLog(file, maxBytes);
    }

    static String clip(String sql) {
        return sql.length() <= MAX_SQL_CHARS ? sql : sql.substring(0, MAX_SQL_CHARS) + "…[" + (sql.length() - MAX_SQL_CHARS) + " more chars]";
    }

    /**
     * Appends {@code entry}. A log that cannot be written is a broken environment: the gate
     * fails rather than run queries nobody can account for.
     */
    synchronized void write(Entry entry) {
        if (file == null) {
            return;
        }
        try {
            byte[] line = (JSON.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            if (channel == null || !Files.exists(file)) {
                reopen();
            }
            if (channel.size() > 0 && channel.size() + line.length > maxBytes) {
                channel.close();
                rotate();
                reopen();
            }
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (JsonProcessingException e) {
            throw new ShopSightException("Cannot write an audit entry as JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ShopSightException("Cannot append to the audit log " + file + ": " + e.getMessage(), e);
        }
    }

    private void reopen() throws IOException {
        if (channel != null) {
            channel.close();
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Closes the file; a later entry opens it again. */
    synchronized void close() {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                throw new ShopSightException("Cannot close the audit log " + file + ": " + e.getMessage(), e);
            } finally {
                channel = null;
            }
        }
    }

    private void rotate() throws IOException {
        for (int i = KEEP - 1; i >= 1; i--) {
            Path older = rotated(i);
            if (Files.exists(older)) {
                Files.move(older, rotated(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, rotated(1), StandardCopyOption.REPLACE_EXISTING);
    }

    Path rotated(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }
}
