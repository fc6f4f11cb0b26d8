package com.shopsight.tools.search;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The parts of an article a query word can match, with how much a match there counts: a
 * product type names what the article is, a description only mentions words.
 */
enum Field {
    TYPE("product type", 3.0, (c, i) -> Arrays.asList(c.type[i])),
    NAME("name", 2.0, (c, i) -> Arrays.asList(c.name[i])),
    COLOUR("colour", 2.0, (c, i) -> Arrays.asList(c.colour[i], c.colourMaster[i])),
    GROUP("product group", 1.5, (c, i) -> Arrays.asList(c.group[i], c.appearance[i])),
    PLACE("section", 1.2, (c, i) -> Arrays.asList(c.section[i], c.department[i], c.indexGroup[i], c.garmentGroup[i])),
    DESCRIPTION("description", 1.0, (c, i) -> Arrays.asList(c.description[i]));

    /** The largest weight, which normalises lexical scores to [0, 1]. */
    static final double MAX_WEIGHT = 3.0;

    final String label;
    final double weight;
    private final BiFunction<ArticleCatalogue, Integer, List<String>> texts;

    Field(String label, double weight, BiFunction<ArticleCatalogue, Integer, List<String>> texts) {
        this.label = label;
        this.weight = weight;
        this.texts = texts;
    }

    /** The texts of article {@code i} in this field; entries may be null. */
    List<String> texts(ArticleCatalogue c, int i) {
        return texts.apply(c, i);
    }
}
