package com.shopsight.tools.schema;

import java.util.Objects;

/**
 * A foreign key: each value of {@code fromTable.fromColumn} names a row of
 * {@code toTable.toColumn}.
 *
 * @param fromTable the referencing table
 * @param fromColumn the referencing column
 * @param toTable the referenced table
 * @param toColumn the referenced key column
 * @param cardinality {@code many-to-one} or {@code one-to-one}
 * @param basis how it was found
 * @param containment the share of distinct referencing values found in the key column
 * @param orphanValues distinct referencing values not found
 * @param on the join condition, ready for SQL
 */
public record Relationship(
        String fromTable,
        String fromColumn,
        String toTable,
        String toColumn,
        String cardinality,
        Basis basis,
        double containment,
        long orphanValues,
        String on) {

    public Relationship {
        Objects.requireNonNull(fromTable, "fromTable");
        Objects.requireNonNull(toTable, "toTable");
        Objects.requireNonNull(basis, "basis");
    }

    /** How a relationship was found. */
    public enum Basis {
        /** A FOREIGN KEY constraint in the database. */
        DECLARED,
        /** Column names that match a key of another table, and values contained in it. */
        NAMES_AND_VALUES
    }

    /** {@code from.column -> to.column}, the way the doc writes it. */
    public String arrow() {
        return fromTable + "." + fromColumn + " -> " + toTable + "." + toColumn;
    }
}
