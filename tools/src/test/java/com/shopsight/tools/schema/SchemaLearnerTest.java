package com.shopsight.tools.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.schema.ColumnDoc.ValueCount;
import com.shopsight.tools.schema.Quirk.Kind;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Learning an H&M database: the dictionary's meanings, and what learning finds in the data. */
class SchemaLearnerTest {
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
    void describes_every_hm_column_with_its_dictionary_meaning() {
        assertThat(doc.dictionary()).isEqualTo("hm");
        assertThat(doc.tables()).extracting(TableDoc::name).containsExactly("articles", "customers", "transactions");
        assertThat(doc.tables()).flatExtracting(TableDoc::columns).hasSize(25 + 7 + 5)
                .allSatisfy(c -> {
                    assertThat(c.meaningSource()).isEqualTo(MeaningSource.DICTIONARY);
                    assertThat(c.meaning()).isNotBlank();
                });
        ColumnDoc price = column("transactions", "price");
        assertThat(price.type()).isEqualTo("DOUBLE");
        assertThat(price.role()).isEqualTo(ColumnRole.AMOUNT);
        assertThat(price.meaning()).contains("scaled");
        assertThat(price.numeric().p50()).isBetween(0.01, 0.06);
        assertThat(column("transactions", "sales_channel_id").labels()).containsEntry("1", "store").containsEntry("2", "online");
        assertThat(column("customers", "age").unit()).isEqualTo("years");
        assertThat(doc.table("transactions").orElseThrow().notes()).anySatisfy(n -> assertThat(n).contains("basket"));
    }

    @Test
    void profiles_nulls_distinct_counts_ranges_and_examples() {
        ColumnDoc age = column("customers", "age");
        assertThat(age.nullShare()).isEqualTo(0.02);
        assertThat(age.distinctCount()).isPositive();
        assertThat(Integer.parseInt(age.min())).isGreaterThanOrEqualTo(16);
        ColumnDoc tDat = column("transactions", "t_dat");
        assertThat(tDat.min()).isEqualTo("2018-09-20");
        assertThat(tDat.max()).isEqualTo("2020-09-22");
        assertThat(column("articles", "article_id").examples()).hasSize(3)
                .allSatisfy(id -> assertThat(id).matches("0\\d{9}"));
        assertThat(column("articles", "product_type_name").topValues()).extracting(ValueCount::share)
                .allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
    }

    @Test
    void lists_every_value_of_a_categorical_column_for_the_planner() {
        ColumnDoc type = column("articles", "product_type_name");
        long distinct = type.distinctCount();
        assertThat(type.values()).hasSize((int) distinct).extracting(ValueCount::value).contains("Trousers");
        assertThat(type.values().stream().mapToLong(ValueCount::count).sum())
                .isEqualTo(doc.table("articles").orElseThrow().rowCount() - type.nullCount());
        assertThat(column("customers", "club_member_status").values()).extracting(ValueCount::value).contains("ACTIVE");
        assertThat(column("articles", "detail_desc").values()).as("free text is not categorical").isNull();
        assertThat(column("customers", "customer_id").values()).isNull();
    }

    @Test
    void finds_the_foreign_keys_of_transactions_from_names_and_values() {
        assertThat(doc.relationships()).extracting(Relationship::arrow).containsExactlyInAnyOrder(
                "transactions.customer_id -> customers.customer_id",
                "transactions.article_id -> articles.article_id");
        assertThat(doc.relationships()).allSatisfy(r -> {
            assertThat(r.containment()).isEqualTo(1.0);
            assertThat(r.cardinality()).isEqualTo("many-to-one");
            assertThat(r.basis()).isEqualTo(Relationship.Basis.NAMES_AND_VALUES);
        });
        assertThat(doc.joinPaths()).singleElement().satisfies(p -> {
            assertThat(p.tables()).containsExactly("articles", "transactions", "customers");
            assertThat(p.sql()).startsWith("FROM articles JOIN transactions ON");
        });
        assertThat(doc.table("articles").orElseThrow().primaryKey()).containsExactly("article_id");
        assertThat(doc.table("transactions").orElseThrow().primaryKey()).isEmpty();
    }

    @Test
    void finds_the_quirks_of_the_hm_data() {
        assertThat(quirk(Kind.DUPLICATE_ROWS, "transactions", null).rows()).isEqualTo(300);
        assertThat(quirk(Kind.DUPLICATE_ROWS, "transactions", null).advice()).contains("units");
        assertThat(quirk(Kind.ONE_VALUE_OR_NULL, "customers", "FN").detail()).contains("'1.0' or NULL");
        assertThat(quirk(Kind.PLACEHOLDER, "articles", "product_type_no").detail()).contains("'-1'");
        assertThat(quirk(Kind.PLACEHOLDER, "articles", "product_type_name").detail()).contains("'Unknown'");
        assertThat(quirk(Kind.DOMINANT_VALUE, "customers", "postal_code").share()).isEqualTo(0.1);
        assertThat(quirk(Kind.OUTLIERS, "transactions", "price").rows()).isPositive();
        assertThat(quirk(Kind.CASE_VARIANTS, "customers", "fashion_news_frequency").detail()).contains("'None'");
        assertThat(quirk(Kind.NULLS, "customers", "age").advice()).contains("unknown");
        assertThat(doc.quirks()).noneMatch(q -> q.kind() == Kind.DOMINANT_VALUE && q.table().equals("transactions"))
                .noneMatch(q -> q.kind() == Kind.ORPHAN_KEYS);
    }

    @Test
    void runs_every_example_question_while_learning() {
        assertThat(doc.examples()).hasSizeGreaterThanOrEqualTo(6).allSatisfy(e -> {
            assertThat(e.rows()).as(e.question()).isPositive();
            assertThat(e.columns()).isNotEmpty();
        });
        assertThat(doc.examples()).extracting(SchemaDoc.ExampleQuery::sql)
                .anySatisfy(sql -> assertThat(sql).contains("date_trunc('week', t_dat)"))
                .anySatisfy(sql -> assertThat(sql).contains("sales_channel_id = 2"))
                .anySatisfy(sql -> assertThat(sql).contains("age < 25"));
    }

    @Test
    void states_the_business_vocabulary_of_the_design() {
        assertThat(doc.vocabulary()).hasSize(16)
                .anySatisfy(v -> assertThat(v.words() + " = " + v.meaning()).startsWith("units sold").contains("COUNT(*)"))
                .anySatisfy(v -> assertThat(v.words() + " = " + v.meaning()).startsWith("revenue").contains("SUM(price)"))
                .anySatisfy(v -> assertThat(v.meaning()).contains("`sales_channel_id = 2`"))
                .anySatisfy(v -> assertThat(v.meaning()).contains("`<25`, `25-34`"));
    }

    @Test
    void carries_the_headline_figures_of_an_hm_database() {
        assertThat(doc.headlineFigures()).isNotNull();
        assertThat(doc.headlineFigures().transactions()).isEqualTo(5300);
    }

    @Test
    void leaves_the_meta_schema_out() {
        assertThat(doc.tables()).extracting(TableDoc::name).doesNotContain("dataset");
    }

    @Test
    void learns_the_same_doc_every_time() {
        SchemaDoc again = new SchemaLearner().learn(conn, "hm", Progress.NONE);
        assertThat(SchemaDocJson.write(again)).isEqualTo(SchemaDocJson.write(doc));
        assertThat(new SchemaLearner().knownDatasetName(conn)).contains("hm");
    }

    @Test
    void reports_progress_per_table() {
        List<String> tasks = new java.util.ArrayList<>();
        new SchemaLearner().learn(conn, "hm", new Progress() {
            @Override
            public void start(String task, long total) {
                tasks.add(task);
            }

            @Override
            public void advance(long steps) {}

            @Override
            public void finish() {}
        });
        assertThat(tasks).startsWith("learn articles", "learn customers", "learn transactions");
    }

    private static ColumnDoc column(String table, String column) {
        return doc.table(table).orElseThrow().column(column).orElseThrow();
    }

    private static Quirk quirk(Kind kind, String table, String column) {
        return doc.quirks().stream()
                .filter(q -> q.kind() == kind && q.table().equals(table) && java.util.Objects.equals(q.column(), column))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " quirk on " + table + "." + column
                        + " among " + doc.quirks()));
    }
}
