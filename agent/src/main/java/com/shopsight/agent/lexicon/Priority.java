package com.shopsight.agent.lexicon;

import java.util.List;

/**
 * Which meaning wins when one phrase means several things: grammar first, then the semantic
 * model's own words, then synonyms of values, then learned values (by how often people name
 * that dimension), product names last and filler only when nothing else claims a word.
 */
final class Priority {
    static final int GRAMMAR = 0;
    static final int TIME = 1;
    static final int DESTRUCTIVE = 2;
    static final int UNAVAILABLE = 3;
    static final int TOOL = 4;
    static final int DERIVED = 5;
    static final int METRIC = 6;
    static final int FILTER = 7;
    static final int DIMENSION = 8;
    static final int CHAT = 9;
    static final int SYNONYM = 10;
    static final int VALUE = 20;
    static final int PRODUCT_NAME = 40;
    static final int FILLER = 50;

    /** Dimensions whose values people name most, first: "trousers" is a product type before a garment group. */
    static final List<String> VALUE_DIMENSIONS = List.of("product_type", "category", "index", "colour", "pattern",
            "garment_group", "section", "department", "club_status", "fashion_news");

    private Priority() {}

    static int value(String dimension) {
        int i = VALUE_DIMENSIONS.indexOf(dimension);
        return VALUE + (i < 0 ? VALUE_DIMENSIONS.size() : i);
    }
}
