package com.shopsight.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> COLUMNS = List.of("article_id", "prod_name", "product_type_no", "product_type_name",
            "colour_group_code", "colour_group_name", "department_name");

    @Test
    void matches_abbreviated_words_before_edit_distance() {
        assertThat(Suggestions.nearest("prod_type", COLUMNS, 3)).first().isIn("product_type_no", "product_type_name");
        assertThat(Suggestions.nearest("prod_type", COLUMNS, c -> c.endsWith("_name"), 1)).containsExactly("product_type_name");
    }

    @Test
    void catches_typos_and_swapped_letters() {
        assertThat(Suggestions.nearest("artcles", List.of("articles", "customers", "transactions"), 3)).containsExactly("articles");
        assertThat(Suggestions.nearest("custoemrs", List.of("articles", "customers", "transactions"), 3)).containsExactly("customers");
        assertThat(Suggestions.nearest("sume", List.of("avg", "sum", "sumkahan", "mean"), 1)).containsExactly("sum");
    }

    @Test
    void suggests_nothing_for_an_unrelated_name() {
        assertThat(Suggestions.nearest("zebra", COLUMNS, 3)).isEmpty();
    }

    @Test
    void counts_a_swap_as_one_edit() {
        assertThat(Suggestions.editDistance("abcd", "abdc")).isEqualTo(1);
        assertThat(Suggestions.editDistance("kitten", "sitting")).isEqualTo(3);
    }
}
