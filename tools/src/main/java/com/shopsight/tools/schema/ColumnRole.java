package com.shopsight.tools.schema;

/** What kind of thing a column holds, which decides how it may be used in a question. */
public enum ColumnRole {
    /** Identifies a row of its own or another table: join on it, count it, never sum it. */
    IDENTIFIER,
    /** A numeric or short code for a category, usually paired with a name column. */
    CODE,
    /** A label from a small set: group and filter by it. */
    CATEGORY,
    /** The name or title of a thing: search it, show it. */
    NAME,
    /** Free text: search it, never group by it. */
    TEXT,
    /** A date or a point in time: bucket it by day, week or month. */
    DATE,
    /** Money: sum and average it. */
    AMOUNT,
    /** A count of items: sum it. */
    QUANTITY,
    /** Any other number: average it, band it. */
    NUMBER,
    /** Yes or no. */
    FLAG,
    /** Nested or binary data the learner does not look into. */
    OTHER
}
