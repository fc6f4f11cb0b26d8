package com.shopsight.tools.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.data.LoadResult.Loaded;
import com.shopsight.tools.progress.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HmLoaderTest {
    @TempDir
    Path dir;

    private Path db() {
        return dir.resolve("db").resolve("shopsight.duckdb");
    }

    private LoadReport load(Path source) {
        LoadResult result = new HmLoader(Progress.NONE).load(new LoadRequest(source.toString(), db()));
        assertThat(result).as(String.valueOf(result)).isInstanceOf(Loaded.class);
        return ((Loaded) result).report();
    }

    @Test
    void loads_the_three_csv_files_and_reports_counts_and_the_date_range() {
        LoadReport report = load(HmFiles.writeAll(dir.resolve("hm")));

        assertThat(report.format()).isEqualTo(LoadReport.Format.CSV);
        assertThat(report.articles()).isEqualTo(6);
        assertThat(report.customers()).isEqualTo(5);
        assertThat(report.transactions()).isEqualTo(7);
        assertThat(report.firstDay()).isEqualTo(LocalDate.of(2018, 9, 20));
        assertThat(report.lastDay()).isEqualTo(LocalDate.of(2020, 9, 22));
        assertThat(report.buyers()).isEqualTo(4);
        assertThat(report.articlesSold()).isEqualTo(6);
        assertThat(report.notices()).isEmpty();
        assertThat(String.join("\n", report.lines())).contains("transactions", "7 rows", "2018-09-20 to 2020-09-22");
    }

    @Test
    void keeps_the_leading_zeros_of_article_ids_in_both_tables() {
        load(HmFiles.writeAll(dir.resolve("hm")));

        assertThat(TestDb.column(db(), "SELECT article_id FROM articles ORDER BY article_id"))
                .containsExactly("0108775015", "0108775044", "0110065001", "0156231001", "0706016001", "0956217002");
        assertThat(TestDb.column(db(), "SELECT DISTINCT article_id FROM transactions ORDER BY 1"))
                .contains("0108775015", "0706016001");
        assertThat(TestDb.value(db(), "SELECT product_code FROM articles WHERE article_id = '0108775015'")).isEqualTo(108775);
        assertThat(TestDb.value(db(), "SELECT colour_group_code FROM articles WHERE article_id = '0108775015'")).isEqualTo(9);
    }

    @Test
    void reads_empty_fields_as_null_and_keeps_the_literal_None() {
        load(HmFiles.writeAll(dir.resolve("hm")));

        List<List<Object>> c1 = TestDb.rows(db(), "SELECT FN, Active, age, club_member_status, fashion_news_frequency, postal_code "
                + "FROM customers WHERE customer_id = '" + HmFiles.C1 + "'");
        assertThat(c1.get(0)).containsExactly(null, null, 49, "ACTIVE", "NONE", HmFiles.POSTAL_A);
        assertThat(TestDb.rows(db(), "SELECT FN, Active FROM customers WHERE customer_id = '" + HmFiles.C2 + "'").get(0))
                .containsExactly(1.0, 1.0);
        assertThat(TestDb.value(db(), "SELECT age FROM customers WHERE customer_id = '" + HmFiles.C3 + "'")).isNull();
        assertThat(TestDb.rows(db(), "SELECT club_member_status, fashion_news_frequency FROM customers WHERE customer_id = '"
                + HmFiles.C4 + "'").get(0)).containsExactly(null, "None");
        assertThat(TestDb.value(db(), "SELECT fashion_news_frequency FROM customers WHERE customer_id = '" + HmFiles.C5 + "'"))
                .isNull();
        assertThat(TestDb.value(db(), "SELECT detail_desc FROM articles WHERE article_id = '0706016001'")).isNull();
    }

    @Test
    void reads_quoted_values_with_commas_and_doubled_quotes() {
        load(HmFiles.writeAll(dir.resolve("hm")));

        assertThat(TestDb.value(db(), "SELECT prod_name FROM articles WHERE article_id = '0156231001'"))
                .isEqualTo("Box 4p Tights \"Basic\"");
        assertThat(TestDb.rows(db(), "SELECT section_name, garment_group_name FROM articles WHERE article_id IN ('0156231001', '0110065001') "
                + "ORDER BY article_id")).containsExactly(
                List.of("Womens Lingerie", "Under-, Nightwear"), List.of("Womens Nightwear, Socks & Tigh", "Socks and Tights"));
        assertThat((String) TestDb.value(db(), "SELECT detail_desc FROM articles WHERE article_id = '0110065001'"))
                .startsWith("Microfibre T-shirt bra with underwired, moulded,");
    }

    @Test
    void keeps_prices_and_dates_exactly() {
        load(HmFiles.writeAll(dir.resolve("hm")));

        assertThat(TestDb.column(db(), "SELECT price FROM transactions WHERE article_id = '0108775015'"))
                .containsExactly(0.050830508474576264);
        assertThat(TestDb.value(db(), "SELECT count(*) FROM transactions WHERE t_dat = DATE '2019-06-29' AND sales_channel_id = 2"))
                .isEqualTo(2L);
    }

    @Test
    void creates_exactly_the_contract_tables_and_types() {
        load(HmFiles.writeAll(dir.resolve("hm")));

        for (HmTables.Table table : HmTables.ALL) {
            List<Object> described = new ArrayList<>();
            TestDb.rows(db(), "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main' "
                    + "AND table_name = '" + table.name() + "' ORDER BY ordinal_position").forEach(r -> described.add(r.get(0) + " " + r.get(1)));
            assertThat(described).containsExactlyElementsOf(table.columns().stream().map(c -> c.name() + " " + c.type()).toList());
        }
        assertThat(TestDb.column(db(), "SELECT schema_name || '.' || table_name FROM duckdb_tables() ORDER BY 1"))
                .containsExactly("main.articles", "main.customers", "main.transactions", "meta.dataset");
    }

    @Test
    void records_where_the_data_came_from_in_meta_dataset() {
        Path source = HmFiles.writeAll(dir.resolve("hm"));
        load(source);

        try (var conn = com.shopsight.tools.db.DuckDb.openReadOnly(db())) {
            Map<String, String> meta = DatasetMeta.read(conn);
            assertThat(meta).containsEntry("kind", "real").containsEntry("source", source.toString())
                    .containsEntry("format", "csv").containsEntry("rows.transactions", "7")
                    .containsEntry("first_day", "2018-09-20").containsEntry("last_day", "2020-09-22")
                    .containsKey("loaded_at");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void replaces_a_previous_database_and_leaves_no_scratch_files() {
        TestDb.existing(db());
        load(HmFiles.writeAll(dir.resolve("hm")));

        assertThat(TestDb.column(db(), "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' ORDER BY 1"))
                .containsExactly("articles", "customers", "transactions");
        assertThat(TestDb.files(db().getParent())).containsExactly("shopsight.duckdb");
    }

    @Test
    void reads_columns_by_name_ignores_extra_ones_and_pads_short_ids() {
        Path hm = HmFiles.writeAll(dir.resolve("hm"));
        // Columns in another order, one extra, and an id that lost its leading zero (a spreadsheet round trip).
        HmFiles.write(hm.resolve("transactions_train.csv"), "article_id,t_dat,price,customer_id,sales_channel_id,note",
                List.of("108775015,2018-09-20,0.05,%s,2,x".formatted(HmFiles.C1), "0110065001,2018-09-21,0.03,%s,1,".formatted(HmFiles.C2)));
        LoadReport report = load(hm);

        assertThat(TestDb.rows(db(), "SELECT t_dat::VARCHAR, article_id, customer_id, price, sales_channel_id FROM transactions ORDER BY t_dat"))
                .first().isEqualTo(List.of("2018-09-20", "0108775015", HmFiles.C1, 0.05, 2));
        assertThat(report.notices()).anyMatch(n -> n.contains("transactions_train.csv") && n.contains("note"))
                .anyMatch(n -> n.contains("1 article_id values had fewer than 10 digits"));
    }

    @Test
    void reads_files_saved_with_windows_line_endings_and_a_byte_order_mark() {
        Path hm = HmFiles.writeAll(dir.resolve("hm"));
        for (String name : List.of("articles.csv", "customers.csv", "transactions_train.csv")) {
            HmFiles.writeString(hm.resolve(name), "\uFEFF" + HmFiles.read(hm.resolve(name)).replace("\n", "\r\n"));
        }
        LoadReport report = load(hm);

        assertThat(report.transactions()).isEqualTo(7);
        assertThat(TestDb.value(db(), "SELECT postal_code FROM customers WHERE customer_id = '" + HmFiles.C5 + "'"))
                .isEqualTo(HmFiles.POSTAL_A);
        assertThat(TestDb.value(db(), "SELECT count(*) FROM transactions WHERE sales_channel_id = 2")).isEqualTo(5L);
    }

    @Test
    void keeps_transactions_of_unknown_articles_and_customers_and_says_so() {
        Path hm = HmFiles.writeAll(dir.resolve("hm"));
        HmFiles.write(hm.resolve("transactions_train.csv"), HmFiles.TRANSACTIONS_HEADER,
                List.of("2018-09-20," + HmFiles.hash("stranger") + ",0999999001,0.05,2"));
        LoadReport report = load(hm);

        assertThat(report.transactions()).isEqualTo(1);
        assertThat(report.notices()).anyMatch(n -> n.startsWith("1 transactions refer to 1 article_id values that are not in articles"))
                .anyMatch(n -> n.startsWith("1 transactions refer to 1 customer_id values that are not in customers"));
    }

    @Test
    void reports_one_progress_task_per_file() {
        List<String> tasks = new ArrayList<>();
        Progress recording = new Progress() {
            @Override
            public void start(String task, long total) {
                tasks.add(task);
            }

            @Override
            public void advance(long steps) {}

            @Override
            public void finish() {}
        };
        new HmLoader(recording).load(new LoadRequest(HmFiles.writeAll(dir.resolve("hm")).toString(), db()));

        assertThat(tasks).containsExactly("articles.csv", "customers.csv", "transactions_train.csv", "checking", "writing tables");
    }
}
