package com.shopsight.tools.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One H&M table read from its files, with what it takes to convert its columns and to say
 * where a row came from.
 *
 * @param source the files it was read from
 * @param sourceTypes the DuckDB type of each H&M column present, by H&M name; an optional
 *     column the files lack (product_code, detail_desc in Kumo's articles) is absent
 * @param stageName the qualified table the rows were read into
 * @param inPlace true when that table already is the H&M table (CSV, read with the H&M types),
 *     so writing it needs no copy
 * @param fileExpr SQL over the stage table giving the file of a row
 * @param rowExpr SQL over the stage table giving the 1-based row of a row in its file
 * @param rows how many rows were staged
 */
record StagedTable(
        SourceFile source,
        Map<String, String> sourceTypes,
        String stageName,
        boolean inPlace,
        String fileExpr,
        String rowExpr,
        long rows) {
    StagedTable {
        sourceTypes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sourceTypes));
    }

    HmTables.Table table() {
        return source.table();
    }

    /** The outcome of staging one table: the staged table when it could be read, and what was found. */
    record Staging(StagedTable staged, List<LoadProblem> problems, List<String> notices) {
        Staging {
            problems = List.copyOf(problems);
            notices = List.copyOf(notices);
        }

        /** The table could not be staged at all (missing columns, unreadable file). */
        static Staging failed(List<LoadProblem> problems, List<String> notices) {
            return new Staging(null, problems, notices);
        }

        /** True when the table was staged without problems, so its rows can be checked and located. */
        boolean clean() {
            return staged != null && problems.isEmpty();
        }
    }
}
