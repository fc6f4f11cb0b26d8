package com.shopsight.tools.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/** What a product report is about: one article, or a whole product type. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ReportSubject.Article.class, name = "article"),
    @JsonSubTypes.Type(value = ReportSubject.ProductType.class, name = "product_type")
})
public sealed interface ReportSubject {
    /** The SQL condition on transactions {@code t} joined to articles {@code a} that selects the subject's sales. */
    String condition();

    /** The subject in words: "article 0706016001", "product type Trousers". */
    String describe();

    /** @param articleId the article id as the data has it ("0706016001") */
    record Article(String articleId) implements ReportSubject {
        public Article {
            Objects.requireNonNull(articleId, "articleId");
            if (articleId.isBlank()) {
                throw new IllegalArgumentException("The article id is empty");
            }
        }

        @Override
        public String condition() {
            return "t.article_id = " + ReportSql.literal(articleId);
        }

        @Override
        public String describe() {
            return "article " + articleId;
        }
    }

    /** @param name the product type as the data names it ("Trousers"), matched without regard to case */
    record ProductType(String name) implements ReportSubject {
        public ProductType {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("The product type is empty");
            }
        }

        @Override
        public String condition() {
            return "a.product_type_name = " + ReportSql.literal(name);
        }

        @Override
        public String describe() {
            return "product type " + name;
        }
    }
}
