package com.shopsight.tools.search;

import java.util.List;

/**
 * An article a search found, with why.
 *
 * @param articleId the article id as the data has it
 * @param name prod_name
 * @param productType product_type_name
 * @param colour colour_group_name
 * @param section section_name
 * @param description detail_desc, or null
 * @param units units sold (transaction rows) in the whole data
 * @param score the final rank score, 0 to about 1
 * @param lexical the word-matching part, 0 to 1
 * @param semantic the similarity in meaning (cosine), or null when semantic matching was not used
 * @param matched which query words matched where: "dress: product type", "black: colour"
 */
public record ArticleMatch(
        String articleId,
        String name,
        String productType,
        String colour,
        String section,
        String description,
        long units,
        double score,
        double lexical,
        Double semantic,
        List<String> matched) {
    public ArticleMatch {
        matched = List.copyOf(matched);
    }
}
