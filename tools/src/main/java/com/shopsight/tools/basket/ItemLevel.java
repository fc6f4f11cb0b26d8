package com.shopsight.tools.basket;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.shopsight.tools.data.HmTables;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What counts as an item in a basket: a column of {@code articles}. "article" is the
 * article itself; "product_type" and the other categorical columns may be named with or
 * without their "_name" suffix.
 *
 * @param column the articles column, never null
 */
public record ItemLevel(String column) {
    /** The columns an item may come from: every column of articles but the free-text description. */
    public static final List<String> COLUMNS = HmTables.ARTICLES.columnNames().stream()
            .filter(c -> !c.equals("detail_desc")).toList();

    public static final ItemLevel ARTICLE = new ItemLevel("article_id");
    public static final ItemLevel PRODUCT_TYPE = new ItemLevel("product_type_name");

    public ItemLevel {
        Objects.requireNonNull(column, "column");
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException("Unknown item level '" + column + "'; use article, product_type or another articles column: "
                    + String.join(", ", COLUMNS));
        }
    }

    /** Parses "article", "product_type", "product_type_name", "colour_group", ... in any case. */
    @JsonCreator
    public static ItemLevel parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (t.equals("article") || t.equals("articles")) {
            return ARTICLE;
        }
        if (COLUMNS.contains(t)) {
            return new ItemLevel(t);
        }
        if (COLUMNS.contains(t + "_name")) {
            return new ItemLevel(t + "_name");
        }
        return new ItemLevel(text);
    }

    /** Whether items are articles, shown with their names. */
    public boolean isArticle() {
        return column.equals("article_id");
    }

    /** Whether the column holds text already (no cast needed to make it an item). */
    boolean isText() {
        return HmTables.ARTICLES.columns().stream().anyMatch(c -> c.name().equals(column) && c.type().equals("VARCHAR"));
    }

    @JsonValue
    @Override
    public String column() {
        return column;
    }
}
