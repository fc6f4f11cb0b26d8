package com.shopsight.tools.search;

import java.util.Objects;

/**
 * A product search.
 *
 * @param query what the person typed: "black summer dress", "Nike running shoes"
 * @param limit how many articles to return, 1 to {@link #MAX_LIMIT}
 */
public record SearchParams(String query, int limit) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 200;

    public SearchParams {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new IllegalArgumentException("The search is empty; say what to look for, such as 'black summer dress'");
        }
        if (query.length() > 500) {
            throw new IllegalArgumentException("The search is " + query.length() + " characters long; keep it under 500");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
    }

    public static SearchParams of(String query) {
        return new SearchParams(query, DEFAULT_LIMIT);
    }
}
