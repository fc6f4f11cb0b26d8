package com.shopsight.tools.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.testing.Sql;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void tiny_has_the_scales_exact_sizes_over_the_real_date_range() throws Exception {
        try (Connection c = DuckDb.openReadOnly(TinyDataset.path())) {
            assertThat(Sql.number(c, "SELECT count(*) FROM articles")).isEqualTo(1_000);
            assertThat(Sql.number(c, "SELECT count(*) FROM customers")).isEqualTo(5_000);
            assertThat(Sql.number(c, "SELECT count(*) FROM transactions")).isEqualTo(100_000);
            assertThat(Sql.rows(c, "SELECT min(t_dat)::VARCHAR, max(t_dat)::VARCHAR, count(DISTINCT t_dat) FROM transactions"))
                    .containsExactly(List.of("2018-09-20", "2020-09-22", 734L));
        }
    }

    @Test
    void tables_have_the_hm_columns_in_order_with_their_types() throws Exception {
        try (Connection c = DuckDb.openReadOnly(TinyDataset.path())) {
            for (HmTables.Table t : HmTables.ALL) {
                List<List<Object>> cols = Sql.rows(c, "SELECT column_name, data_type FROM information_schema.columns"
                        + " WHERE table_schema = 'main' AND table_name = '" + t.name() + "' ORDER BY ordinal_position");
                assertThat(cols).containsExactlyElementsOf(
                        t.columns().stream().map(col -> List.<Object>of(col.name(), col.type())).toList());
            }
        }
    }

    @Test
    void ids_look_like_hm_ids() throws Exception {
        try (Connection c = DuckDb.openReadOnly(TinyDataset.path())) {
            assertThat(Sql.number(c, "SELECT count(*) FROM articles WHERE NOT regexp_full_match(article_id, '0[0-9]{9}')"
                    + " OR substr(article_id, 1, 7)::INTEGER <> product_code")).isZero();
            assertThat(Sql.number(c, "SELECT count(*) FROM customers WHERE NOT regexp_full_match(customer_id, '[0-9a-f]{64}')"
                    + " OR NOT regexp_full_match(postal_code, '[0-9a-f]{64}')")).isZero();
            assertThat(Sql.scalar(c, "SELECT count(DISTINCT article_id) = count(*) FROM articles")).isEqualTo(true);
            assertThat(Sql.number(c, "SELECT count(*) FROM transactions t ANTI JOIN articles USING (article_id)")).isZero();
            assertThat(Sql.number(c, "SELECT count(*) FROM transactions t ANTI JOIN customers USING (customer_id)")).isZero();
            assertThat(Sql.number(c, "SELECT count(*) FROM transactions WHERE sales_channel_id NOT IN (1, 2) OR price <= 0")).isZero();
            assertThat(Sql.number(c, "SELECT count(*) FROM customers WHERE coalesce(FN, 1.0) <> 1.0 OR coalesce(Active, 1.0) <> 1.0"))
                    .isZero();
        }
    }

    @Test
    void the_same_scale_and_seed_give_identical_tables_and_another_seed_does_not() throws Exception {
        Path again = dir.resolve("again.duckdb");
        Path other = dir.resolve("other.duckdb");
        SyntheticGenerator.generate(again, Scale.TINY, TinyDataset.SEED, Progress.NONE);
        SyntheticGenerator.generate(other, Scale.TINY, 7, Progress.NONE);
        assertThat(checksums(again)).isEqualTo(checksums(TinyDataset.path()));
        List<String> otherSums = checksums(other);
        for (int i = 0; i < otherSums.size(); i++) {
            assertThat(otherSums.get(i)).isNotEqualTo(checksums(again).get(i));
        }
    }

    @Test
    void generating_replaces_the_old_database_and_leaves_no_scratch_files() throws Exception {
        Path db = dir.resolve("db.duckdb");
        Files.writeString(db, "not a database");
        GenerationReport report = SyntheticGenerator.generate(db, Scale.TINY, 3, Progress.NONE);
        assertThat(report.transactions()).isEqualTo(100_000);
        try (Connection c = DuckDb.openReadOnly(db)) {
            assertThat(Sql.rows(c, "SELECT value FROM meta.dataset WHERE key IN ('kind', 'scale', 'seed') ORDER BY key"))
                    .containsExactly(List.of("synthetic"), List.of("tiny"), List.of("3"));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("db.duckdb");
        }
    }

    /** An order-independent checksum of each table's rows. */
    private static List<String> checksums(Path db) throws Exception {
        try (Connection c = DuckDb.openReadOnly(db)) {
            return HmTables.ALL.stream()
                    .map(t -> String.valueOf(Sql.scalar(c, "SELECT count(*) || ':' || sum(hash(hash(x))) FROM " + t.name() + " x")))
                    .toList();
        }
    }
}
