package com.shopsight.tools.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import java.sql.Connection;
import org.junit.jupiter.api.Test;

/** The Markdown doc: compact enough for a prompt, and safe whatever the data holds. */
class SchemaDocMarkdownTest {

    @Test
    void the_hm_doc_fits_in_about_6000_tokens_and_carries_every_section() {
        String md = SchemaDocMarkdown.render(LearnedTiny.doc());
        assertThat(SchemaDocMarkdown.estimateTokens(md)).isLessThanOrEqualTo(6_000);
        assertThat(md).startsWith("# Schema: hm\n")
                .contains("## Business vocabulary", "## Tables", "### transactions (100,000 rows)", "## Relationships",
                        "## Data quirks", "## Headline figures", "## Example questions (each ran while learning)")
                .contains("| sales_channel_id | INTEGER | Sales channel: 1 in store, 2 online. | 2 values: 2 online")
                .contains("- transactions.article_id -> articles.article_id (many-to-one")
                .doesNotContain("\r");
    }

    @Test
    void keeps_pipes_and_line_breaks_in_values_inside_their_cell() throws Exception {
        try (Connection conn = DuckDb.openInMemory()) {
            DuckDb.execute(conn,
                    "CREATE TABLE t (kind VARCHAR, note VARCHAR)",
                    "INSERT INTO t SELECT ['a|b', 'c' || chr(10) || 'd', 'plain, with comma'][1 + i % 3], 'n' || i FROM range(30) r(i)");
            String md = SchemaDocMarkdown.render(new SchemaLearner().learn(conn, "odd", Progress.NONE));
            assertThat(md).contains("a\\|b 33.3%", "c d 33.3%", "\"plain, with comma\" 33.3%");
            assertThat(md.lines().filter(l -> l.startsWith("| kind |"))).singleElement()
                    .satisfies(l -> assertThat(l).endsWith(" |"));
        }
    }

    @Test
    void estimates_tokens_as_characters_over_four() {
        assertThat(SchemaDocMarkdown.estimateTokens("")).isZero();
        assertThat(SchemaDocMarkdown.estimateTokens("abcd")).isEqualTo(1);
        assertThat(SchemaDocMarkdown.estimateTokens("abcde")).isEqualTo(2);
    }
}
