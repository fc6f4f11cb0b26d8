package com.shopsight.tools.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.data.LoadResult.Loaded;
import com.shopsight.tools.data.LoadResult.Rejected;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet as a Parquet writer would leave it: int64 ids, Kumo's folder layout, its missing columns. */
class HmLoaderParquetTest {
    @TempDir
    Path dir;
    private Path csv;
    private Path fromCsv;

    @BeforeEach
    void loadTheCsvFilesForComparison() {
        csv = HmFiles.writeAll(dir.resolve("csv"));
        fromCsv = dir.resolve("from-csv.duckdb");
        assertThat(new HmLoader(Progress.NONE).load(new LoadRequest(csv.toString(), fromCsv))).isInstanceOf(Loaded.class);
    }

    @Test
    void loads_flat_parquet_files_with_int64_ids_into_the_same_tables_as_the_csv() {
        Path pq = dir.resolve("pq");
        export(pq, "articles.parquet", "SELECT * REPLACE (CAST(article_id AS BIGINT) AS article_id, CAST(product_code AS BIGINT) AS product_code) FROM a.articles");
        export(pq, "customers.parquet", "SELECT * FROM a.customers");
        export(pq, "transactions_train.parquet", "SELECT * REPLACE (CAST(article_id AS BIGINT) AS article_id) FROM a.transactions");

        LoadReport report = load(pq, dir.resolve("from-parquet.duckdb"));

        assertThat(report.format()).isEqualTo(LoadReport.Format.PARQUET);
        assertThat(report.transactions()).isEqualTo(7);
        assertThat(report.notices()).anyMatch(n -> n.startsWith("articles.parquet: article_id is stored as BIGINT; written as 10-digit text"));
        for (String table : List.of("articles", "customers", "transactions")) {
            assertThat(difference(dir.resolve("from-parquet.duckdb"), table, "*")).as(table).isZero();
        }
    }

    @Test
    void loads_kumos_folder_layout_deriving_product_code_and_leaving_detail_desc_empty() {
        Path kumo = dir.resolve("kumo");
        export(kumo, "articles/part-00000-8c1f.snappy.parquet", "SELECT * EXCLUDE (product_code, detail_desc) "
                + "REPLACE (CAST(article_id AS BIGINT) AS article_id), 'https://img.example/' || article_id || '.jpg' AS image_url FROM a.articles");
        export(kumo, "customers/part-00000-8c1f.snappy.parquet", "SELECT * FROM a.customers");
        export(kumo, "transactions/part-00000-8c1f.snappy.parquet", "SELECT * REPLACE (CAST(article_id AS BIGINT) AS article_id) "
                + "FROM a.transactions WHERE customer_id < '" + HmFiles.C4 + "'");
        export(kumo, "transactions/part-00001-8c1f.snappy.parquet", "SELECT * REPLACE (CAST(article_id AS BIGINT) AS article_id) "
                + "FROM a.transactions WHERE customer_id >= '" + HmFiles.C4 + "'");

        Path db = dir.resolve("kumo.duckdb");
        LoadReport report = load(kumo, db);

        assertThat(report.transactions()).isEqualTo(7);
        assertThat(report.notices()).contains(
                "articles/part-00000-8c1f.snappy.parquet: ignored columns that are not in the H&M layout: image_url",
                "articles/part-00000-8c1f.snappy.parquet: no product_code column; derived from the first 7 digits of article_id",
                "articles/part-00000-8c1f.snappy.parquet: no detail_desc column; detail_desc is empty (NULL) for every article");
        assertThat(difference(db, "articles", "* EXCLUDE (detail_desc)")).isZero();
        assertThat(TestDb.value(db, "SELECT count(*) FROM articles WHERE detail_desc IS NOT NULL")).isEqualTo(0L);
        assertThat(difference(db, "customers", "*")).isZero();
        assertThat(difference(db, "transactions", "*")).isZero();
    }

    @Test
    void names_the_part_file_row_and_value_that_does_not_convert() {
        Path kumo = dir.resolve("kumo");
        export(kumo, "articles/part-0.parquet", "SELECT * REPLACE (CAST(article_id AS BIGINT) AS article_id) FROM a.articles");
        export(kumo, "customers/part-0.parquet", "SELECT * FROM a.customers");
        export(kumo, "transactions/part-0.parquet", "SELECT * FROM a.transactions");
        export(kumo, "transactions/part-1.parquet", "SELECT CAST(t_dat AS VARCHAR) AS t_dat, customer_id, article_id, price, sales_channel_id "
                + "FROM a.transactions UNION ALL SELECT '2019-13-01', '" + HmFiles.C1 + "', '0108775015', 0.05, 2");

        Rejected rejected = reject(kumo);

        assertThat(rejected.problems()).singleElement().hasToString(
                "transactions/part-1.parquet, row 8, column t_dat: \"2019-13-01\" is not a date (YYYY-MM-DD)");
    }

    @Test
    void rejects_a_cut_short_parquet_file_and_a_missing_column() throws IOException {
        Path pq = dir.resolve("pq");
        export(pq, "articles.parquet", "SELECT * FROM a.articles");
        export(pq, "customers.parquet", "SELECT * EXCLUDE (age) FROM a.customers");
        export(pq, "transactions_train.parquet", "SELECT * FROM a.transactions");
        byte[] whole = Files.readAllBytes(pq.resolve("transactions_train.parquet"));
        Files.write(pq.resolve("transactions_train.parquet"), java.util.Arrays.copyOf(whole, whole.length / 2));

        List<String> problems = reject(pq).problems().stream().map(LoadProblem::toString).toList();

        assertThat(problems).hasSize(2);
        assertThat(problems.get(0)).startsWith("customers.parquet, column age: there is no column age; the files have customer_id, FN,");
        assertThat(problems.get(1)).startsWith("transactions_train.parquet: is not a readable Parquet file (empty, cut short, or another format):");
    }

    @Test
    void refuses_to_mix_csv_and_parquet() throws IOException {
        export(csv, "transactions_train.parquet", "SELECT * FROM a.transactions");
        Files.delete(csv.resolve("transactions_train.csv"));

        assertThat(reject(csv).problems()).singleElement().hasToString("transactions_train.csv: is missing: found "
                + "transactions_train.parquet, but the other tables are CSV; put all three in one format");
    }

    private LoadReport load(Path source, Path db) {
        LoadResult result = new HmLoader(Progress.NONE).load(new LoadRequest(source.toString(), db));
        assertThat(result).as(String.valueOf(result)).isInstanceOf(Loaded.class);
        return ((Loaded) result).report();
    }

    private Rejected reject(Path source) {
        LoadResult result = new HmLoader(Progress.NONE).load(new LoadRequest(source.toString(), dir.resolve("x.duckdb")));
        assertThat(result).as(String.valueOf(result)).isInstanceOf(Rejected.class);
        return (Rejected) result;
    }

    /** Writes a Parquet file from a query over the CSV-loaded database, attached as {@code a}. */
    private void export(Path folder, String file, String query) {
        Path out = folder.resolve(file);
        try (Connection conn = DuckDb.openInMemory(); Statement st = conn.createStatement()) {
            Files.createDirectories(out.getParent());
            st.execute("ATTACH '" + fromCsv + "' AS a (READ_ONLY)");
            st.execute("COPY (" + query + ") TO '" + out + "' (FORMAT parquet)");
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows in one database's table and not the other's, both ways, counting duplicates. */
    private long difference(Path db, String table, String columns) {
        try (Connection conn = DuckDb.openInMemory(); Statement st = conn.createStatement()) {
            st.execute("ATTACH '" + fromCsv + "' AS a (READ_ONLY)");
            st.execute("ATTACH '" + db + "' AS b (READ_ONLY)");
            var rs = st.executeQuery("SELECT (SELECT count(*) FROM (SELECT " + columns + " FROM a." + table + " EXCEPT ALL SELECT "
                    + columns + " FROM b." + table + ")) + (SELECT count(*) FROM (SELECT " + columns + " FROM b." + table
                    + " EXCEPT ALL SELECT " + columns + " FROM a." + table + "))");
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
