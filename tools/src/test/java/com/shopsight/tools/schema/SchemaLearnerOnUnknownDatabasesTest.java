package com.shopsight.tools.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.schema.ColumnDoc.ValueCount;
import com.shopsight.tools.schema.Quirk.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learning databases no dictionary knows: meanings, keys and relationships come from the data. */
class SchemaLearnerOnUnknownDatabasesTest {
    @TempDir
    Path dir;

    /** A lending library: ids named three ways, an orphan loan, a nested column, an empty table. */
    private static void library(Connection conn) {
        DuckDb.execute(conn,
                "CREATE TABLE authors (id INTEGER, name VARCHAR, country VARCHAR)",
                "INSERT INTO authors SELECT i, 'Author ' || i, ['Norway', 'Chile', 'Japan', 'Kenya', 'Peru'][1 + i % 5]"
                        + " FROM range(1, 41) r(i)",
                "CREATE TABLE books (id INTEGER, title VARCHAR, author_id INTEGER, genre VARCHAR, published_on DATE,"
                        + " list_price DECIMAL(8, 2), is_available BOOLEAN, tags VARCHAR[])",
                "INSERT INTO books SELECT i, 'Title number ' || i, 1 + i % 40,"
                        + " ['crime', 'poetry', 'history', 'science'][1 + i % 4], DATE '1990-01-01' + CAST(i * 37 AS INTEGER),"
                        + " 5 + (i % 30) * 0.5, i % 3 <> 0, ['t' || (i % 3)] FROM range(1, 201) r(i)",
                "CREATE TABLE members (member_id VARCHAR, joined TIMESTAMP, city VARCHAR, age INTEGER)",
                "INSERT INTO members SELECT 'M' || lpad(CAST(i AS VARCHAR), 4, '0'), TIMESTAMP '2015-01-01 10:00:00'"
                        + " + to_days(CAST(i * 11 AS INTEGER)), ['Oslo', 'Lima', 'Osaka'][1 + i % 3], 18 + i % 60"
                        + " FROM range(100) r(i)",
                "CREATE TABLE loans (loan_id BIGINT, book_id INTEGER, member_id VARCHAR, loaned_at TIMESTAMP,"
                        + " returned_at TIMESTAMP, fee DOUBLE)",
                "INSERT INTO loans SELECT i, CASE WHEN i % 250 = 0 THEN 9999 ELSE 1 + (i * 7) % 200 END,"
                        + " 'M' || lpad(CAST((i * 3) % 100 AS VARCHAR), 4, '0'),"
                        + " TIMESTAMP '2020-01-01 09:00:00' + to_hours(CAST(i * 5 AS INTEGER)),"
                        + " CASE WHEN i % 9 = 0 THEN NULL ELSE TIMESTAMP '2020-01-20 09:00:00' + to_hours(CAST(i * 5 AS INTEGER)) END,"
                        + " (i % 4) * 0.5 FROM range(2000) r(i)",
                "CREATE TABLE empty_notes (note VARCHAR)",
                "CREATE SCHEMA meta",
                "CREATE TABLE meta.dataset (key VARCHAR, value VARCHAR)");
    }

    @Test
    void learns_a_schema_it_has_never_seen() throws Exception {
        try (Connection conn = DuckDb.openInMemory()) {
            library(conn);
            SchemaDoc doc = new SchemaLearner().learn(conn, "library", Progress.NONE);

            assertThat(doc.dictionary()).isNull();
            assertThat(doc.description()).contains("inferred");
            assertThat(doc.tables()).extracting(TableDoc::name)
                    .containsExactly("authors", "books", "empty_notes", "loans", "members");
            assertThat(doc.tables()).flatExtracting(TableDoc::columns)
                    .allSatisfy(c -> assertThat(c.meaningSource()).isEqualTo(MeaningSource.INFERRED));
            TableDoc books = doc.table("books").orElseThrow();
            assertThat(books.primaryKey()).containsExactly("id");
            assertThat(books.meaning()).isEqualTo("One row per book, identified by id; refers to authors.");
            assertThat(roles(books)).containsExactly(ColumnRole.IDENTIFIER, ColumnRole.NAME, ColumnRole.IDENTIFIER,
                    ColumnRole.CATEGORY, ColumnRole.DATE, ColumnRole.AMOUNT, ColumnRole.FLAG, ColumnRole.OTHER);
            assertThat(books.column("author_id").orElseThrow().meaning()).contains("authors.id");
            assertThat(books.column("genre").orElseThrow().values()).extracting(ValueCount::value)
                    .containsExactly("crime", "history", "poetry", "science");
            assertThat(roles(doc.table("loans").orElseThrow())).containsExactly(ColumnRole.IDENTIFIER,
                    ColumnRole.IDENTIFIER, ColumnRole.IDENTIFIER, ColumnRole.DATE, ColumnRole.DATE, ColumnRole.AMOUNT);
            ColumnDoc age = doc.table("members").orElseThrow().column("age").orElseThrow();
            assertThat(age.role()).isEqualTo(ColumnRole.NUMBER);
            assertThat(age.unit()).isEqualTo("years");
            assertThat(doc.table("authors").orElseThrow().column("country").orElseThrow().role())
                    .isEqualTo(ColumnRole.CATEGORY);
            assertThat(doc.table("empty_notes").orElseThrow().rowCount()).isZero();
        }
    }

    @Test
    void infers_foreign_keys_from_names_and_contained_values() throws Exception {
        try (Connection conn = DuckDb.openInMemory()) {
            library(conn);
            SchemaDoc doc = new SchemaLearner().learn(conn, "library", Progress.NONE);

            assertThat(doc.relationships()).extracting(Relationship::arrow).containsExactly(
                    "books.author_id -> authors.id",
                    "loans.book_id -> books.id",
                    "loans.member_id -> members.member_id");
            Relationship bookLoans = doc.relationships().get(1);
            assertThat(bookLoans.containment()).isLessThan(1.0).isGreaterThan(0.9);
            assertThat(bookLoans.orphanValues()).isEqualTo(1);
            assertThat(bookLoans.on()).isEqualTo("loans.book_id = books.id");
            assertThat(doc.quirks()).filteredOn(q -> q.kind() == Kind.ORPHAN_KEYS).singleElement()
                    .satisfies(q -> assertThat(q.rows()).isEqualTo(8));
            assertThat(doc.joinPaths()).extracting(p -> p.from() + " to " + p.to())
                    .contains("authors to loans", "books to members", "authors to members");
        }
    }

    @Test
    void writes_example_questions_that_run() throws Exception {
        try (Connection conn = DuckDb.openInMemory()) {
            library(conn);
            SchemaDoc doc = new SchemaLearner().learn(conn, "library", Progress.NONE);

            assertThat(doc.examples()).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(e -> assertThat(e.rows()).as(e.sql()).isPositive())
                    .allSatisfy(e -> assertThat(e.sql()).contains("FROM loans"));
            assertThat(doc.vocabulary()).extracting(SchemaDoc.VocabularyEntry::words)
                    .contains("number of loans", "total / average fee", "today, now");
            String md = SchemaDocMarkdown.render(doc);
            assertThat(md).contains("### loans (2,000 rows)", "loans.book_id -> books.id");
        }
    }

    @Test
    void takes_declared_keys_and_foreign_keys_from_the_catalog() throws Exception {
        try (Connection conn = DuckDb.openInMemory()) {
            DuckDb.execute(conn,
                    "CREATE TABLE shoppers (code VARCHAR PRIMARY KEY, segment VARCHAR)",
                    "CREATE TABLE orders (order_no INTEGER PRIMARY KEY, buyer VARCHAR REFERENCES shoppers(code),"
                            + " total DECIMAL(10, 2), placed DATE)",
                    "INSERT INTO shoppers VALUES ('a', 'gold'), ('b', 'gold'), ('c', 'silver')",
                    "INSERT INTO orders VALUES (1, 'a', 10, DATE '2024-01-01'), (2, 'a', 12, DATE '2024-01-02'),"
                            + " (3, 'c', 7.5, DATE '2024-02-01')");
            SchemaDoc doc = new SchemaLearner().learn(conn, "shop", Progress.NONE);

            assertThat(doc.relationships()).singleElement().satisfies(r -> {
                assertThat(r.arrow()).isEqualTo("orders.buyer -> shoppers.code");
                assertThat(r.basis()).isEqualTo(Relationship.Basis.DECLARED);
            });
            assertThat(doc.table("orders").orElseThrow().primaryKey()).containsExactly("order_no");
            assertThat(doc.examples()).isNotEmpty().allSatisfy(e -> assertThat(e.rows()).isPositive());
        }
    }

    @Test
    void stops_learning_loudly_when_an_example_fails() throws Exception {
        SchemaDictionary broken = new SchemaDictionary("broken", "A test dictionary.", false,
                Map.of("t", new SchemaDictionary.TableEntry("One row per thing.", List.of(), Map.of())),
                List.of(), List.of(), List.of(new SchemaDictionary.Example("How many things?", "SELECT count(nope) FROM t")));
        try (Connection conn = DuckDb.openInMemory()) {
            DuckDb.execute(conn, "CREATE TABLE t (a INTEGER)", "INSERT INTO t VALUES (1)");
            assertThatThrownBy(() -> new SchemaLearner(List.of(broken)).learn(conn, "broken", Progress.NONE))
                    .isInstanceOf(SchemaLearningException.class)
                    .hasMessageContaining("How many things?")
                    .hasMessageContaining("nope");
        }
    }

    @Test
    void learns_a_database_file_opened_read_only() throws Exception {
        Path file = dir.resolve("library.duckdb");
        try (Connection conn = DuckDb.openWritable(file)) {
            library(conn);
        }
        try (Connection conn = DuckDb.openReadOnly(file)) {
            SchemaLearner learner = new SchemaLearner();
            assertThat(learner.knownDatasetName(conn)).isEmpty();
            assertThat(learner.learn(conn, "library", Progress.NONE).tables()).hasSize(5);
        }
    }

    @Test
    void learns_views_and_names_that_need_quotes() throws Exception {
        try (Connection conn = DuckDb.openInMemory()) {
            DuckDb.execute(conn,
                    "CREATE TABLE \"Order Lines\" (\"Line ID\" INTEGER, \"order\" VARCHAR, \"Unit Price\" DOUBLE,"
                            + " \"select\" VARCHAR, took INTERVAL, at_time TIME)",
                    "INSERT INTO \"Order Lines\" SELECT i, 'o' || (i % 40), 1.5 * (i % 9), ['x', 'y'][1 + i % 2],"
                            + " to_minutes(CAST(i % 7 AS BIGINT)), TIME '10:00:00' FROM range(200) r(i)",
                    "CREATE VIEW \"big lines\" AS SELECT * FROM \"Order Lines\" WHERE \"Unit Price\" > 5");
            SchemaDoc doc = new SchemaLearner().learn(conn, "odd", Progress.NONE);

            assertThat(doc.tables()).extracting(TableDoc::name, TableDoc::kind).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Order Lines", "table"),
                    org.assertj.core.groups.Tuple.tuple("big lines", "view"));
            TableDoc lines = doc.table("Order Lines").orElseThrow();
            assertThat(lines.primaryKey()).containsExactly("Line ID");
            assertThat(roles(lines)).containsExactly(ColumnRole.IDENTIFIER, ColumnRole.CATEGORY, ColumnRole.AMOUNT,
                    ColumnRole.CATEGORY, ColumnRole.OTHER, ColumnRole.OTHER);
            assertThat(doc.examples()).isNotEmpty().allSatisfy(e -> assertThat(e.rows()).as(e.sql()).isPositive());
            assertThat(doc.examples()).extracting(SchemaDoc.ExampleQuery::sql)
                    .anySatisfy(sql -> assertThat(sql).contains("\"Order Lines\".\"order\"", "SUM(\"Order Lines\".\"Unit Price\")"));
            assertThat(SchemaDocMarkdown.render(doc)).contains("### big lines (view, ");
        }
    }

    @Test
    void learns_an_empty_database() throws Exception {
        try (Connection conn = DuckDb.openInMemory()) {
            SchemaDoc doc = new SchemaLearner().learn(conn, "empty", Progress.NONE);
            assertThat(doc.tables()).isEmpty();
            assertThat(doc.examples()).isEmpty();
            assertThat(SchemaDocMarkdown.render(doc)).startsWith("# Schema: empty");
        }
    }

    private static List<ColumnRole> roles(TableDoc table) {
        return table.columns().stream().map(ColumnDoc::role).toList();
    }
}
