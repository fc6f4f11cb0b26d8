package com.shopsight.tools.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopsight.tools.ShopSightException;
import org.junit.jupiter.api.Test;

/** The JSON doc: it reads back into the same doc, with plain numbers and nothing machine-specific. */
class SchemaDocJsonTest {
    private final SchemaDoc doc = LearnedTiny.doc();

    @Test
    void reads_back_the_doc_it_wrote() {
        String json = SchemaDocJson.write(doc);
        assertThat(SchemaDocJson.read(json)).isEqualTo(doc);
        assertThat(SchemaDocJson.write(SchemaDocJson.read(json))).isEqualTo(json);
    }

    @Test
    void writes_plain_numbers_and_no_paths_or_clock_times() {
        String json = SchemaDocJson.write(doc);
        // A number token in exponent form (1.0E-4), not the "e" of a hex hash.
        assertThat(json).doesNotContainPattern("[:,\\[]\\s*-?\\d+(\\.\\d+)?[eE][-+]?\\d")
                .doesNotContain(System.getProperty("user.dir"))
                .doesNotContain("target/test-data")
                .endsWith("}\n")
                .doesNotContain("\r");
        assertThat(json).contains("{\"value\":\"Trousers\",\"count\":");
    }

    @Test
    void says_what_is_wrong_with_a_file_that_is_no_schema_doc() {
        assertThatThrownBy(() -> SchemaDocJson.read("[1, 2"))
                .isInstanceOf(ShopSightException.class)
                .hasMessageStartingWith("Not a schema doc");
    }
}
