package com.shopsight.tools.data;

import java.util.List;

/**
 * Where one H&M table is in the source: one CSV file, or one or more Parquet files.
 *
 * @param table the H&M table these files hold
 * @param format CSV or Parquet
 * @param paths full paths or URLs, as DuckDB reads them; never empty
 * @param root the source folder or prefix, ending in a separator, that {@link #name} strips
 * @param display how the user knows these files: "articles.csv", "transactions/*.parquet (68 files)"
 */
record SourceFile(HmTables.Table table, LoadReport.Format format, List<String> paths, String root, String display) {
    SourceFile {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("No files for " + table.name());
        }
    }

    /** A file's name relative to the source, the way problems name it. */
    String name(String path) {
        return path.startsWith(root) ? path.substring(root.length()) : path;
    }

    /** True when every file is on this machine, so the loader may look at bytes DuckDB does not report. */
    boolean local() {
        return !paths.get(0).contains("://");
    }
}
