package com.shopsight.tools.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopsight.tools.data.LoadResult.Rejected;
import com.shopsight.tools.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad input is rejected with its file, column and line, and the previous database is left byte for byte. */
class HmLoaderRejectsTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("a missing file", hm -> delete(hm.resolve("transactions_train.csv")),
                        "transactions_train.csv: is missing (also looked for transactions_train.parquet, "
                                + "transactions_train/*.parquet, transactions.parquet, transactions/*.parquet)"),
                bad("a missing column", hm -> HmFiles.write(hm.resolve("customers.csv"),
                                "customer_id,FN,Active,club_member_status,fashion_news_frequency,postal_code",
                                List.of(HmFiles.C1 + ",,,ACTIVE,NONE," + HmFiles.POSTAL_A)),
                        "customers.csv, line 1, column age: the header has no column age; it has "
                                + "customer_id,FN,Active,club_member_status,fashion_news_frequency,postal_code"),
                bad("a price that is not a number", hm -> replaceLine(hm.resolve("transactions_train.csv"), 3,
                                "2018-09-20," + HmFiles.C2 + ",0706016001,abc,1"),
                        "transactions_train.csv, line 4, column price: \"abc\" is not a number"),
                bad("a date that does not exist", hm -> replaceLine(hm.resolve("transactions_train.csv"), 1,
                                "2019-02-30," + HmFiles.C1 + ",0108775015,0.05,2"),
                        "transactions_train.csv, line 2, column t_dat: \"2019-02-30\" is not a date (YYYY-MM-DD)"),
                bad("an age that is not a number", hm -> replaceLine(hm.resolve("customers.csv"), 2,
                                HmFiles.C2 + ",1.0,1.0,ACTIVE,Regularly,twenty," + HmFiles.POSTAL_B),
                        "customers.csv, line 3, column age: \"twenty\" is not a whole number"),
                bad("an empty file", hm -> HmFiles.writeString(hm.resolve("articles.csv"), ""),
                        "articles.csv: is empty; expected a header line (" + HmFiles.ARTICLES_HEADER + ") and rows"),
                bad("a header and no rows", hm -> HmFiles.write(hm.resolve("customers.csv"), HmFiles.CUSTOMERS_HEADER, List.of()),
                        "customers.csv: has a header line but no rows"),
                bad("no header line", hm -> HmFiles.writeString(hm.resolve("customers.csv"), "\n"),
                        "customers.csv: has no header line; expected " + HmFiles.CUSTOMERS_HEADER),
                bad("a truncated last line", hm -> HmFiles.writeString(hm.resolve("transactions_train.csv"),
                                HmFiles.read(hm.resolve("transactions_train.csv")) + "2020-09-22," + HmFiles.C1 + ",07060"),
                        "transactions_train.csv, line 9: has 3 of 5 fields: \"2020-09-22," + HmFiles.C1 + ",07060\"",
                        "transactions_train.csv: does not end with a line break, so its last line looks cut short: \"2020-09-22,"
                                + HmFiles.C1 + ",07060\". Download it again; if the file is complete, add a line break at its end"),
                bad("a last line cut in its final value", hm -> HmFiles.writeString(hm.resolve("customers.csv"),
                                HmFiles.read(hm.resolve("customers.csv")) + HmFiles.hash("c9") + ",,,ACTIVE,NONE,33,8f3a"),
                        "customers.csv: does not end with a line break, so its last line looks cut short"),
                bad("a quote that is never closed", hm -> HmFiles.writeString(hm.resolve("articles.csv"),
                                HmFiles.read(hm.resolve("articles.csv")).replace("\"Short dress in woven fabric", "\"Short dress in woven")
                                        .replace("flared skirt.\"\n", "flared sk")),
                        "articles.csv, line 7: has a quote that is never closed"),
                bad("a line with too many fields", hm -> replaceLine(hm.resolve("transactions_train.csv"), 2,
                                "2018-09-20," + HmFiles.C1 + ",0110065001,0,03,2"),
                        "transactions_train.csv, line 3: has more than the header's 5 fields"),
                bad("an article id with a letter", hm -> replaceLine(hm.resolve("articles.csv"), 1,
                                HmFiles.ARTICLES.get(0).replace("0108775015,", "A108775015,")),
                        "articles.csv, row 1, column article_id: \"A108775015\" is not an article id (up to 10 digits, as 0108775015)"),
                bad("an unknown sales channel", hm -> replaceLine(hm.resolve("transactions_train.csv"), 5,
                                "2019-06-29," + HmFiles.C2 + ",0156231001,0.01693220338983051,3"),
                        "transactions_train.csv, row 5, column sales_channel_id: \"3\" is not 1 (store) or 2 (online)"),
                bad("a transaction without a customer", hm -> replaceLine(hm.resolve("transactions_train.csv"), 7,
                                "2020-09-22,,0956217002,0.06777966101694915,2"),
                        "transactions_train.csv, row 7, column customer_id: is empty; every row needs a customer_id"),
                bad("a negative price", hm -> replaceLine(hm.resolve("transactions_train.csv"), 6,
                                "2019-11-29," + HmFiles.C4 + ",0108775044,-0.008457627118644067,1"),
                        "transactions_train.csv, row 6, column price: \"-0.008457627118644067\" is negative"),
                bad("an article listed twice", hm -> HmFiles.write(hm.resolve("articles.csv"), HmFiles.ARTICLES_HEADER,
                                concat(HmFiles.ARTICLES, HmFiles.ARTICLES.get(1))),
                        "articles.csv, row 7, column article_id: \"0108775044\" appears 2 times; each article_id must be unique"),
                bad("a customer listed twice", hm -> HmFiles.write(hm.resolve("customers.csv"), HmFiles.CUSTOMERS_HEADER,
                                concat(HmFiles.CUSTOMERS, HmFiles.CUSTOMERS.get(0))),
                        "customers.csv, row 6, column customer_id: \"" + HmFiles.C1 + "\" appears 2 times; each customer_id must be unique"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void rejects_bad_input_naming_file_column_and_line_and_leaves_the_database_untouched(
            String name, Consumer<Path> spoil, List<String> expected) {
        Path hm = HmFiles.writeAll(dir.resolve("hm"));
        spoil.accept(hm);
        Path db = TestDb.existing(dir.resolve("db").resolve("shopsight.duckdb"));
        String before = TestDb.sha256(db);

        LoadResult result = new HmLoader(Progress.NONE).load(new LoadRequest(hm.toString(), db));

        assertThat(result).as(String.valueOf(result)).isInstanceOf(Rejected.class);
        List<String> problems = ((Rejected) result).problems().stream().map(LoadProblem::toString).toList();
        for (String e : expected) {
            assertThat(problems).as(String.join("\n", problems)).anyMatch(p -> p.startsWith(e));
        }
        assertThat(TestDb.sha256(db)).isEqualTo(before);
        assertThat(TestDb.files(db.getParent())).containsExactly("shopsight.duckdb");
    }

    @Test
    void reports_the_problems_of_every_file_at_once() {
        Path hm = HmFiles.writeAll(dir.resolve("hm"));
        HmFiles.write(hm.resolve("articles.csv"), HmFiles.ARTICLES_HEADER, List.of());
        replaceLine(hm.resolve("transactions_train.csv"), 1, "2018-09-20," + HmFiles.C1 + ",0108775015,zero,2");

        Rejected rejected = (Rejected) new HmLoader(Progress.NONE).load(new LoadRequest(hm.toString(), dir.resolve("x.duckdb")));

        assertThat(rejected.problems()).extracting(LoadProblem::file).containsExactly("articles.csv", "transactions_train.csv");
        assertThat(rejected.message()).startsWith("cannot load " + hm + " (nothing was changed):\n  - articles.csv: has a header");
        assertThat(dir.resolve("x.duckdb")).doesNotExist();
    }

    @Test
    void shows_the_first_ten_bad_lines_and_counts_the_rest() {
        Path hm = HmFiles.writeAll(dir.resolve("hm"));
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            lines.add("2018-09-20," + HmFiles.C1 + ",0108775015,n/a,2");
        }
        HmFiles.write(hm.resolve("transactions_train.csv"), HmFiles.TRANSACTIONS_HEADER, lines);

        List<LoadProblem> problems = ((Rejected) new HmLoader(Progress.NONE)
                .load(new LoadRequest(hm.toString(), dir.resolve("x.duckdb")))).problems();

        assertThat(problems).hasSize(11);
        assertThat(problems.get(9).line()).isEqualTo(11);
        assertThat(problems.get(10)).hasToString("transactions_train.csv: and 15 more lines that cannot be read");
    }

    @Test
    void rejects_a_folder_that_does_not_exist_or_is_a_file() throws IOException {
        Path file = Files.writeString(dir.resolve("articles.csv"), "x");
        LoadResult absent = new HmLoader(Progress.NONE).load(new LoadRequest(dir.resolve("nowhere").toString(), dir.resolve("x.duckdb")));
        LoadResult notFolder = new HmLoader(Progress.NONE).load(new LoadRequest(file.toString(), dir.resolve("x.duckdb")));

        assertThat(((Rejected) absent).problems()).singleElement().hasToString("there is no folder " + dir.resolve("nowhere"));
        assertThat(((Rejected) notFolder).problems().get(0).message()).startsWith(file + " is a file; --from takes the folder");
    }

    @Test
    void leaves_the_database_untouched_and_no_scratch_when_a_load_is_interrupted() {
        Path hm = HmFiles.writeAll(dir.resolve("hm"));
        Path db = TestDb.existing(dir.resolve("db").resolve("shopsight.duckdb"));
        String before = TestDb.sha256(db);
        // Interrupted while writing the tables, the last step before the swap.
        Progress interrupting = new Progress() {
            @Override
            public void start(String task, long total) {
                if (task.equals("writing tables")) {
                    throw new IllegalStateException("interrupted");
                }
            }

            @Override
            public void advance(long steps) {}

            @Override
            public void finish() {}
        };

        assertThatThrownBy(() -> new HmLoader(interrupting).load(new LoadRequest(hm.toString(), db))).hasMessage("interrupted");
        assertThat(TestDb.sha256(db)).isEqualTo(before);
        assertThat(TestDb.files(db.getParent())).containsExactly("shopsight.duckdb");
    }

    private static Arguments bad(String name, Consumer<Path> spoil, String... expected) {
        return Arguments.of(name, spoil, List.of(expected));
    }

    private static List<String> concat(List<String> lines, String extra) {
        List<String> out = new ArrayList<>(lines);
        out.add(extra);
        return out;
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces data line {@code n} (1 is the first after the header). */
    private static void replaceLine(Path file, int n, String line) {
        List<String> lines = new ArrayList<>(HmFiles.read(file).lines().toList());
        lines.set(n, line);
        HmFiles.writeString(file, String.join("\n", lines) + "\n");
    }
}
