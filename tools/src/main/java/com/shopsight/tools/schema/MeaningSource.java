package com.shopsight.tools.schema;

/** Where a table's or column's meaning came from. */
public enum MeaningSource {
    /** A curated dictionary written by people who know the data. */
    DICTIONARY,
    /** Inferred by the learner from names, types and values. */
    INFERRED
}
