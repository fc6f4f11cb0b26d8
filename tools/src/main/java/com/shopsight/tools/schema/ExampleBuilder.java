package com.shopsight.tools.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Writes example questions for a database without a dictionary, from what was learned: the
 * largest base table that refers to others is the one people ask about (the fact table), grouped by
 * its own categories or by those of a table it refers to.
 */
final class ExampleBuilder {
    private ExampleBuilder() {}

    /** A category to group by: its column, and the JOIN that reaches it ("" when on the fact table). */
    private record GroupBy(String column, String words, String join) {}

    static List<SchemaDictionary.Example> build(List<TableDoc> tables, List<Relationship> relationships) {
        List<SchemaDictionary.Example> examples = new ArrayList<>();
        if (tables.isEmpty()) {
            return examples;
        }
        TableDoc fact = tables.stream()
                .max(Comparator.comparingInt((TableDoc t) -> t.kind().equals("table") ? 1 : 0)
                        .thenComparingInt(t -> relationships.stream().anyMatch(r -> r.fromTable().equals(t.name())) ? 1 : 0)
                        .thenComparingLong(TableDoc::rowCount)
                        .thenComparing(TableDoc::name, Comparator.reverseOrder()))
                .orElseThrow();
        String f = Sql.name(fact.name());
        Optional<GroupBy> group = groupBy(fact, tables, relationships);
        Optional<ColumnDoc> date = first(fact, ColumnRole.DATE);
        Optional<ColumnDoc> amount = first(fact, ColumnRole.AMOUNT).or(() -> first(fact, ColumnRole.QUANTITY));
        group.ifPresent(g -> examples.add(new SchemaDictionary.Example(
                "How many " + fact.name() + " are there per " + g.words() + "?",
                "SELECT " + g.column() + ", COUNT(*) AS " + f + "\nFROM " + f + g.join()
                        + "\nGROUP BY " + g.column() + "\nORDER BY 2 DESC, 1\nLIMIT 10")));
        date.ifPresent(d -> examples.add(new SchemaDictionary.Example(
                "How many " + fact.name() + " per month?",
                "SELECT date_trunc('month', " + Sql.name(d.name()) + ") AS month, COUNT(*) AS " + f
                        + "\nFROM " + f + "\nGROUP BY month\nORDER BY month")));
        amount.ifPresent(a -> {
            String sum = "SUM(" + Sql.qualified(fact.name(), a.name()) + ")";
            examples.add(new SchemaDictionary.Example(
                    "What is the total " + Names.phrase(a.name()) + group.map(g -> " by " + g.words()).orElse("") + "?",
                    group.map(g -> "SELECT " + g.column() + ", " + sum + " AS total\nFROM " + f + g.join()
                                    + "\nGROUP BY " + g.column() + "\nORDER BY total DESC, 1\nLIMIT 10")
                            .orElse("SELECT " + sum + " AS total\nFROM " + f)));
        });
        relationships.stream().filter(r -> r.fromTable().equals(fact.name())).findFirst()
                .flatMap(r -> table(tables, r.toTable())
                        .flatMap(to -> first(to, ColumnRole.NAME).map(n -> top(fact, r, to, n))))
                .ifPresent(examples::add);
        if (examples.isEmpty()) {
            examples.add(new SchemaDictionary.Example("What do the rows of " + fact.name() + " look like?",
                    "SELECT *\nFROM " + f + "\nLIMIT 5"));
        }
        return examples;
    }

    /** The fact table's first category, or else the first category of a table it refers to. */
    private static Optional<GroupBy> groupBy(TableDoc fact, List<TableDoc> tables, List<Relationship> relationships) {
        Optional<GroupBy> own = first(fact, ColumnRole.CATEGORY)
                .map(c -> new GroupBy(Sql.qualified(fact.name(), c.name()), Names.phrase(c.name()), ""));
        return own.or(() -> relationships.stream().filter(r -> r.fromTable().equals(fact.name()))
                .flatMap(r -> table(tables, r.toTable()).flatMap(to -> first(to, ColumnRole.CATEGORY))
                        .map(c -> new GroupBy(Sql.qualified(r.toTable(), c.name()), Names.phrase(c.name()),
                                "\nJOIN " + Sql.name(r.toTable()) + " ON " + r.on()))
                        .stream())
                .findFirst());
    }

    private static SchemaDictionary.Example top(TableDoc fact, Relationship r, TableDoc to, ColumnDoc name) {
        String key = Sql.qualified(to.name(), r.toColumn());
        String label = Sql.qualified(to.name(), name.name());
        return new SchemaDictionary.Example(
                "Which " + to.name() + " have the most " + fact.name() + "?",
                "SELECT " + key + ", " + label + ", COUNT(*) AS " + Sql.name(fact.name()) + "\nFROM " + Sql.name(fact.name())
                        + "\nJOIN " + Sql.name(to.name()) + " ON " + r.on() + "\nGROUP BY " + key + ", " + label
                        + "\nORDER BY 3 DESC, 1\nLIMIT 10");
    }

    private static Optional<TableDoc> table(List<TableDoc> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    private static Optional<ColumnDoc> first(TableDoc table, ColumnRole role) {
        return table.columns().stream().filter(c -> c.role() == role).findFirst();
    }
}
