package com.shopsight.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class LoadCommandTest {
    private static final String C1 = "00000dbacae5abe5e23885899a1fa44253a17956c6d1c3d25f88aa139fdfc657";
    private static final String C2 = "0000423b00ade91418cceaf3b26c6af3dd342b51fd051eec9c12fb36984420fa";
    private static final String POSTAL = "52043ee2162cf5aa7ee79974281641c6f11a68d276429a91f8ca0d4b6efa8100";

    @TempDir
    Path dir;
    private Path hm;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTheFiles() throws IOException {
        hm = Files.createDirectories(dir.resolve("hm"));
        Files.writeString(hm.resolve("articles.csv"), "article_id,product_code,prod_name,product_type_no,product_type_name,"
                + "product_group_name,graphical_appearance_no,graphical_appearance_name,colour_group_code,colour_group_name,"
                + "perceived_colour_value_id,perceived_colour_value_name,perceived_colour_master_id,perceived_colour_master_name,"
                + "department_no,department_name,index_code,index_name,index_group_no,index_group_name,section_no,section_name,"
                + "garment_group_no,garment_group_name,detail_desc\n"
                + "0108775015,0108775,Strap top,253,Vest top,Garment Upper body,1010016,Solid,09,Black,4,Dark,5,Black,1676,"
                + "Jersey Basic,A,Ladieswear,1,Ladieswear,16,Womens Everyday Basics,1002,Jersey Basic,"
                + "\"Jersey top with narrow shoulder straps, in cotton.\"\n");
        Files.writeString(hm.resolve("customers.csv"), "customer_id,FN,Active,club_member_status,fashion_news_frequency,age,postal_code\n"
                + C1 + ",,,ACTIVE,NONE,49," + POSTAL + "\n" + C2 + ",1.0,1.0,ACTIVE,Regularly,," + POSTAL + "\n");
        Files.writeString(hm.resolve("transactions_train.csv"), "t_dat,customer_id,article_id,price,sales_channel_id\n"
                + "2018-09-20," + C1 + ",0108775015,0.050830508474576264,2\n"
                + "2020-09-22," + C2 + ",0108775015,0.03049152542372881,1\n");
    }

    private int run(String... args) {
        CommandLine cl = ShopSightCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void loads_a_folder_and_prints_the_report() {
        Path db = dir.resolve("data/shopsight.duckdb");

        assertThat(run("load", "--from", hm.toString(), "--db", db.toString())).isEqualTo(0);

        assertThat(out.toString()).startsWith("Loaded " + hm + " (CSV) into " + db)
                .contains("articles                  1 rows", "transactions              2 rows, t_dat 2018-09-20 to 2020-09-22",
                        "2 customers bought 1 distinct articles");
        assertThat(err.toString()).isEmpty();
        assertThat(db).isRegularFile();
    }

    @Test
    void takes_db_before_the_command_too() {
        Path db = dir.resolve("before.duckdb");

        assertThat(run("--db", db.toString(), "load", "--from", hm.toString())).isEqualTo(0);

        assertThat(db).isRegularFile();
    }

    @Test
    void exits_with_4_and_lists_the_problems_when_the_files_are_bad() throws IOException {
        Files.writeString(hm.resolve("transactions_train.csv"), "t_dat,customer_id,article_id,price,sales_channel_id\n"
                + "2018-09-20," + C1 + ",0108775015,abc,2\n");
        Files.delete(hm.resolve("customers.csv"));
        Path db = dir.resolve("bad.duckdb");

        assertThat(run("load", "--from", hm.toString(), "--db", db.toString())).isEqualTo(4);

        assertThat(err.toString()).isEqualTo("error: cannot load " + hm + " (nothing was changed):\n"
                + "  - customers.csv: is missing (also looked for customers.parquet, customers/*.parquet)\n");
        assertThat(db).doesNotExist();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void names_the_file_line_column_and_value() throws IOException {
        Files.writeString(hm.resolve("transactions_train.csv"), "t_dat,customer_id,article_id,price,sales_channel_id\n"
                + "2018-09-20," + C1 + ",0108775015,abc,2\n");

        assertThat(run("load", "--from", hm.toString(), "--db", dir.resolve("x.duckdb").toString())).isEqualTo(4);

        assertThat(err.toString()).contains("\n  - transactions_train.csv, line 2, column price: \"abc\" is not a number\n");
    }

    @Test
    void needs_from_and_explains_itself() {
        assertThat(run("load")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--from=PATH'");

        assertThat(run("load", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Usage: shopsight load", "--from=PATH", "transactions_train.csv", "Kumo");
    }

    @Test
    void bench_load_prints_time_and_peak_memory_and_leaves_db_alone() {
        Path db = dir.resolve("untouched.duckdb");

        assertThat(run("--db", db.toString(), "bench", "load", "--from", hm.toString())).isEqualTo(0);

        assertThat(out.toString()).startsWith("load " + hm).contains(" ms ", "peak RSS", "peak heap", "transactions", "database file");
        assertThat(db).doesNotExist();
    }
}
