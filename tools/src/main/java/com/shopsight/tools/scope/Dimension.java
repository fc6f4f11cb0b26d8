package com.shopsight.tools.scope;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A product attribute a scope can filter on: one column of {@code articles}. */
public enum Dimension {
    ARTICLE("article_id", "article"),
    PRODUCT_NAME("prod_name", "product name"),
    PRODUCT_TYPE("product_type_name", "product type"),
    PRODUCT_GROUP("product_group_name", "product group"),
    DEPARTMENT("department_name", "department"),
    INDEX("index_name", "index"),
    INDEX_GROUP("index_group_name", "index group"),
    SECTION("section_name", "section"),
    GARMENT_GROUP("garment_group_name", "garment group"),
    COLOUR_GROUP("colour_group_name", "colour");

    private final String column;
    private final String words;

    Dimension(String column, String words) {
        this.column = column;
        this.words = words;
    }

    /** The column of {@code articles}. */
    public String column() {
        return column;
    }

    /** How a person says it: "product type". */
    public String words() {
        return words;
    }

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Normalises an article id as H&M writes it: digits padded to 10 with leading zeros. */
    static String normalise(Dimension d, String value) {
        String v = value.trim();
        if (d == ARTICLE && v.matches("[0-9]{1,9}")) {
            return "0".repeat(10 - v.length()) + v;
        }
        return v;
    }
}
