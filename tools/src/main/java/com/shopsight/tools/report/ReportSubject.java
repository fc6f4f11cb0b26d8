package com.shopsight.tools.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.shopsight.tools.basket.ItemLevel;
import com.shopsight.tools.scope.Dimension;
import java.util.Objects;

/** What a product report is about: one article, or a whole product type. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ReportSubject.Article.class, name = "article"),
    @JsonSubTypes.Type(value = ReportSubject.ProductType.class, name = "product_type")
})
public sealed interface ReportSubject {
    /** The scope dimension that selects the subject. */
    Dimension dimension();

    /** The subject's value in that dimension, as given. */
    String value();

    /** The basket item level of the subject. */
    ItemLevel level();

    /** @param articleId the article id as the data has it ("0706016001"; shorter digit strings are zero-padded) */
    record Article(String articleId) implements ReportSubject {
        public Article {
            Objects.requireNonNull(articleId, "articleId");
            if (articleId.isBlank()) {
                throw new IllegalArgumentException("The article id is empty");
            }
        }

        @Override
        public Dimension dimension() {
            return Dimension.ARTICLE;
        }

        @Override
        public String value() {
            return articleId;
        }

        @Override
        public ItemLevel level() {
            return ItemLevel.ARTICLE;
        }
    }

    /** @param name the product type ("Trousers"), matched without regard to case */
    record ProductType(String name) implements ReportSubject {
        public ProductType {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("The product type is empty");
            }
        }

        @Override
        public Dimension dimension() {
            return Dimension.PRODUCT_TYPE;
        }

        @Override
        public String value() {
            return name;
        }

        @Override
        public ItemLevel level() {
            return ItemLevel.PRODUCT_TYPE;
        }
    }
}
