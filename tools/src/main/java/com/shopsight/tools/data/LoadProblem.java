package com.shopsight.tools.data;

import java.util.Objects;

/**
 * One reason a load was rejected, located as precisely as the source allows.
 *
 * @param file the file the problem is in, or null when it is about the source as a whole
 * @param column the column concerned, or null when the problem is not about one column
 * @param line the CSV line (the header is line 1), or 0 when not known
 * @param row the data row (1 is the first row after a CSV header, or a Parquet file's first
 *     row), or 0 when not known; given when a line number is not
 * @param message what is wrong, quoting the offending value where there is one; never null
 */
public record LoadProblem(String file, String column, long line, long row, String message) {
    public LoadProblem {
        Objects.requireNonNull(message, "message");
    }

    /** A problem with a whole file, not with one of its columns or rows. */
    static LoadProblem ofFile(String file, String message) {
        return new LoadProblem(Objects.requireNonNull(file, "file"), null, 0, 0, message);
    }

    /** A problem with the source as a whole: it does not exist, or cannot be reached. */
    static LoadProblem ofSource(String message) {
        return new LoadProblem(null, null, 0, 0, message);
    }

    /** "transactions_train.csv, line 3, column price: "abc" is not a number". */
    @Override
    public String toString() {
        if (file == null) {
            return message;
        }
        StringBuilder s = new StringBuilder(file);
        if (line > 0) {
            s.append(", line ").append(line);
        } else if (row > 0) {
            s.append(", row ").append(row);
        }
        if (column != null) {
            s.append(", column ").append(column);
        }
        return s.append(": ").append(message).toString();
    }
}
