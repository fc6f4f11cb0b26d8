package com.shopsight.tools.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Matches an H&M table's columns to the names a file has, ignoring case, as DuckDB does. */
final class ColumnMatch {
    private final HmTables.Table table;
    private final Map<String, String> fileByHm = new LinkedHashMap<>();
    private final Map<String, String> hmByFile = new LinkedHashMap<>();
    private final List<String> ignored = new ArrayList<>();

    private ColumnMatch(HmTables.Table table) {
        this.table = table;
    }

    static ColumnMatch of(HmTables.Table table, List<String> fileColumns) {
        ColumnMatch m = new ColumnMatch(table);
        Map<String, String> hmByLower = table.columnNames().stream()
                .collect(Collectors.toMap(n -> n.toLowerCase(Locale.ROOT), n -> n));
        for (String f : fileColumns) {
            String hm = hmByLower.get(f.toLowerCase(Locale.ROOT));
            if (hm != null && !m.fileByHm.containsKey(hm)) {
                m.fileByHm.put(hm, f);
                m.hmByFile.put(f, hm);
            } else {
                m.ignored.add(f);
            }
        }
        return m;
    }

    /** The H&M columns the file lacks, in table order, leaving out those the loader can do without. */
    List<String> missing(List<String> optional) {
        return table.columnNames().stream().filter(n -> !fileByHm.containsKey(n) && !optional.contains(n)).toList();
    }

    boolean has(String hmColumn) {
        return fileByHm.containsKey(hmColumn);
    }

    Optional<String> hmName(String fileColumn) {
        return Optional.ofNullable(hmByFile.get(fileColumn));
    }

    /** The contract type of the H&M column a file column holds; text for any other column. */
    String typeOf(String fileColumn) {
        return hmName(fileColumn).flatMap(hm -> table.columns().stream()
                .filter(c -> c.name().equals(hm)).map(HmTables.Column::type).findFirst()).orElse("VARCHAR");
    }

    /** {@code "Article_ID" AS "article_id", ...} for every H&M column the file has, in table order. */
    String selectList() {
        return table.columnNames().stream().filter(fileByHm::containsKey)
                .map(hm -> Sql.ident(fileByHm.get(hm)) + " AS " + Sql.ident(hm))
                .collect(Collectors.joining(", "));
    }

    /** The file's columns that are not H&M columns and are left out, as a notice; none when there are none. */
    Optional<String> ignoredNotice(String file) {
        return ignored.isEmpty() ? Optional.empty()
                : Optional.of(file + ": ignored columns that are not in the H&M layout: " + String.join(", ", ignored));
    }
}
