package com.shopsight.tools.schema;

import com.shopsight.tools.schema.SchemaDoc.VocabularyEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Business words for a database without a dictionary: counts, totals, averages and "today". */
final class VocabularyBuilder {
    private VocabularyBuilder() {}

    static List<VocabularyEntry> build(List<TableDoc> tables) {
        List<VocabularyEntry> words = new ArrayList<>();
        for (TableDoc t : tables) {
            words.add(new VocabularyEntry("number of " + t.name(), "`COUNT(*)` over " + Sql.name(t.name())));
            for (ColumnDoc c : t.columns()) {
                if (c.role() == ColumnRole.AMOUNT || c.role() == ColumnRole.QUANTITY) {
                    String col = Sql.qualified(t.name(), c.name());
                    words.add(new VocabularyEntry("total / average " + Names.phrase(c.name()),
                            "`SUM(" + col + ")` / `AVG(" + col + ")`"));
                }
            }
        }
        tables.stream()
                .filter(t -> t.columns().stream().anyMatch(c -> c.role() == ColumnRole.DATE))
                .max(Comparator.comparingLong(TableDoc::rowCount).thenComparing(TableDoc::name, Comparator.reverseOrder()))
                .ifPresent(t -> {
                    String d = Sql.qualified(t.name(), t.columns().stream()
                            .filter(c -> c.role() == ColumnRole.DATE).findFirst().orElseThrow().name());
                    words.add(new VocabularyEntry("today, now", "the latest `" + d + "`, never the wall clock"));
                    words.add(new VocabularyEntry("weekly, monthly",
                            "`date_trunc('week', " + d + ")` (weeks start Monday), `date_trunc('month', " + d + ")`"));
                });
        return words;
    }
}
