package com.shopsight.tools.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.schema.Quirk.Kind;
import java.sql.Connection;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of quirk, found exactly where {@link HmFixture} planted it. */
class QuirkFinderTest {
    private static Connection conn;
    private static SchemaDoc doc;

    @BeforeAll
    static void learn() {
        conn = DuckDb.openInMemory();
        HmFixture.create(conn);
        doc = new SchemaLearner().learn(conn, "hm", Progress.NONE);
    }

    @AfterAll
    static void close() throws Exception {
        conn.close();
    }

    @Test
    void counts_exact_duplicate_rows_and_explains_them_as_units() {
        Quirk q = quirk(Kind.DUPLICATE_ROWS, "transactions", null);
        assertThat(q.rows()).isEqualTo(300);
        assertThat(q.share()).isEqualTo(0.0566);
        assertThat(q.detail()).isEqualTo("300 rows (5.7%) repeat an earlier row exactly");
        assertThat(q.advice()).contains("never SELECT DISTINCT");
    }

    @Test
    void finds_flags_stored_as_one_or_null() {
        assertThat(quirk(Kind.ONE_VALUE_OR_NULL, "customers", "FN").detail())
                .isEqualTo("only '1.0' or NULL (NULL in 66.6% of rows)");
        assertThat(doc.quirks()).noneMatch(q -> q.kind() == Kind.NULLS && "FN".equals(q.column()));
    }

    @Test
    void finds_minus_one_codes_and_unknown_names() {
        assertThat(quirk(Kind.PLACEHOLDER, "articles", "product_type_no").detail()).isEqualTo("'-1' 4 (1.3% of rows)");
        assertThat(quirk(Kind.PLACEHOLDER, "articles", "product_type_name").detail()).isEqualTo("'Unknown' 4 (1.3% of rows)");
    }

    @Test
    void finds_one_value_holding_a_large_share_of_a_nearly_unique_column() {
        Quirk q = quirk(Kind.DOMINANT_VALUE, "customers", "postal_code");
        assertThat(q.share()).isEqualTo(0.1);
        assertThat(q.advice()).contains("missing postal code");
        assertThat(doc.quirks()).filteredOn(x -> x.kind() == Kind.DOMINANT_VALUE).hasSize(1);
    }

    @Test
    void finds_prices_far_above_the_99th_percentile() {
        Quirk q = quirk(Kind.OUTLIERS, "transactions", "price");
        assertThat(q.rows()).isEqualTo(6);
        assertThat(q.detail()).contains("above 3 x p99", "up to 0.5915");
        assertThat(doc.quirks()).filteredOn(x -> x.kind() == Kind.OUTLIERS).as("ages and codes have none").hasSize(1);
    }

    @Test
    void finds_spellings_that_differ_only_by_case() {
        assertThat(quirk(Kind.CASE_VARIANTS, "customers", "fashion_news_frequency").detail())
                .isEqualTo("'NONE' 324 and 'None' 1");
    }

    @Test
    void finds_nulls_and_takes_the_dictionarys_advice_column_first() {
        assertThat(quirk(Kind.NULLS, "customers", "age").advice()).startsWith("Show NULL ages as the age band");
        assertThat(quirk(Kind.NULLS, "customers", "club_member_status").advice()).startsWith("NULL means not known");
        assertThat(quirk(Kind.NULLS, "articles", "detail_desc").detail()).isEqualTo("NULL in 2.0% of rows");
    }

    @Test
    void orders_quirks_by_kind_then_table_then_column() {
        assertThat(doc.quirks()).extracting(Quirk::kind).isSorted();
        assertThat(SchemaDocMarkdown.render(doc)).contains(
                "- placeholders, articles: product_type_no '-1' 4 (1.3% of rows); product_type_name 'Unknown' 4 (1.3% of rows).");
    }

    private static Quirk quirk(Kind kind, String table, String column) {
        return doc.quirks().stream()
                .filter(q -> q.kind() == kind && q.table().equals(table) && Objects.equals(q.column(), column))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " quirk on " + table + "." + column
                        + " among " + doc.quirks()));
    }
}
