package com.shopsight.tools.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.data.HmTables;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.schema.ColumnDoc.ValueCount;
import com.shopsight.tools.schema.Quirk.Kind;
import com.shopsight.tools.testing.TinyDataset;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Learning the tiny synthetic H&M dataset: the dictionary's meanings, and what learning finds in the data. */
class SchemaLearnerTest {
    private final SchemaDoc doc = LearnedTiny.doc();

    @Test
    void describes_every_hm_column_with_its_dictionary_meaning() {
        assertThat(doc.dictionary()).isEqualTo("hm");
        assertThat(doc.tables()).extracting(TableDoc::name).containsExactly("articles", "customers", "transactions");
        for (HmTables.Table t : HmTables.ALL) {
            TableDoc table = doc.table(t.name()).orElseThrow();
            assertThat(table.meaningSource()).isEqualTo(MeaningSource.DICTIONARY);
            assertThat(table.columns()).extracting(ColumnDoc::name, ColumnDoc::type).containsExactlyElementsOf(
                    t.columns().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.name(), c.type())).toList());
            assertThat(table.columns()).allSatisfy(c -> {
                assertThat(c.meaningSource()).isEqualTo(MeaningSource.DICTIONARY);
                assertThat(c.meaning()).isNotBlank();
            });
        }
        ColumnDoc price = column("transactions", "price");
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
        assertThat(age.nullShare()).isBetween(0.001, 0.05);
        assertThat(age.nullCount()).isPositive();
        assertThat(Integer.parseInt(age.min())).isGreaterThanOrEqualTo(16);
        assertThat(age.numeric().p25()).isLessThan(age.numeric().p75());
        ColumnDoc tDat = column("transactions", "t_dat");
        assertThat(tDat.min()).isEqualTo("2018-09-20");
        assertThat(tDat.max()).isEqualTo("2020-09-22");
        assertThat(tDat.distinctCount()).isEqualTo(734);
        assertThat(column("articles", "article_id").examples()).hasSize(3)
                .allSatisfy(id -> assertThat(id).matches("0\\d{9}"));
        assertThat(column("articles", "article_id").topValues()).as("a key's values all occur once").isEmpty();
        assertThat(column("transactions", "article_id").topValues()).hasSize(10)
                .extracting(ValueCount::count).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void lists_every_value_of_a_categorical_column_for_the_planner() {
        for (String name : List.of("product_type_name", "product_group_name", "colour_group_name", "index_group_name",
                "section_name", "garment_group_name", "department_name")) {
            ColumnDoc c = column("articles", name);
            assertThat(c.values()).as(name).hasSize((int) c.distinctCount());
            assertThat(c.values().stream().mapToLong(ValueCount::count).sum()).as(name)
                    .isEqualTo(doc.table("articles").orElseThrow().rowCount() - c.nullCount());
        }
        assertThat(column("articles", "product_type_name").values()).extracting(ValueCount::value)
                .contains("Trousers", "Dress");
        assertThat(column("articles", "index_group_name").values()).extracting(ValueCount::value)
                .containsExactlyInAnyOrder("Ladieswear", "Divided", "Menswear", "Baby/Children", "Sport");
        assertThat(column("customers", "club_member_status").values()).extracting(ValueCount::value).contains("ACTIVE");
        assertThat(column("articles", "detail_desc").values()).as("free text is not categorical").isNull();
        assertThat(column("articles", "prod_name").values()).as("names are not categorical").isNull();
        assertThat(column("customers", "customer_id").values()).isNull();
    }

    @Test
    void finds_the_foreign_keys_of_transactions_from_names_and_values() {
        assertThat(doc.relationships()).extracting(Relationship::arrow).containsExactly(
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
        assertThat(doc.table("customers").orElseThrow().primaryKey()).containsExactly("customer_id");
        assertThat(doc.table("transactions").orElseThrow().primaryKey()).isEmpty();
    }

    @Test
    void finds_the_quirks_the_hm_data_is_known_for() {
        assertThat(quirk(Kind.DUPLICATE_ROWS, "transactions", null).share()).isBetween(0.04, 0.15);
        assertThat(quirk(Kind.DUPLICATE_ROWS, "transactions", null).advice()).contains("units");
        assertThat(quirk(Kind.ONE_VALUE_OR_NULL, "customers", "FN").detail()).contains("'1.0' or NULL");
        assertThat(quirk(Kind.ONE_VALUE_OR_NULL, "customers", "Active").detail()).contains("'1.0' or NULL");
        assertThat(quirk(Kind.DOMINANT_VALUE, "customers", "postal_code").share()).isBetween(0.02, 0.2);
        assertThat(quirk(Kind.NULLS, "customers", "age").advice()).contains("unknown");
        assertThat(doc.quirks()).anySatisfy(q -> {
            assertThat(q.kind()).isEqualTo(Kind.PLACEHOLDER);
            assertThat(q.table()).isEqualTo("articles");
        });
        assertThat(doc.quirks()).noneMatch(q -> q.kind() == Kind.ORPHAN_KEYS)
                .noneMatch(q -> q.kind() == Kind.DOMINANT_VALUE && !q.column().equals("postal_code"));
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
        assertThat(doc.headlineFigures().transactions()).isEqualTo(100_000);
        assertThat(doc.headlineFigures().weekly().weeks()).hasSize(106);
    }

    @Test
    void learns_the_same_doc_every_time() {
        assertThat(SchemaDocJson.write(LearnedTiny.learn())).isEqualTo(SchemaDocJson.write(doc));
    }

    @Test
    void reports_progress_per_table() throws Exception {
        List<String> tasks = new ArrayList<>();
        List<Long> steps = new ArrayList<>();
        try (Connection conn = DuckDb.openReadOnly(TinyDataset.path())) {
            assertThat(new SchemaLearner().knownDatasetName(conn)).contains("hm");
            new SchemaLearner().learn(conn, "hm", new Progress() {
                @Override
                public void start(String task, long total) {
                    tasks.add(task);
                    steps.add(total);
                }

                @Override
                public void advance(long n) {}

                @Override
                public void finish() {}
            });
        }
        assertThat(tasks).startsWith("learn articles", "learn customers", "learn transactions");
        assertThat(steps).startsWith(26L, 8L, 6L);
    }

    private ColumnDoc column(String table, String column) {
        return doc.table(table).orElseThrow().column(column).orElseThrow();
    }

    private Quirk quirk(Kind kind, String table, String column) {
        return doc.quirks().stream()
                .filter(q -> q.kind() == kind && q.table().equals(table) && java.util.Objects.equals(q.column(), column))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " quirk on " + table + "." + column
                        + " among " + doc.quirks()));
    }
}
