package com.shopsight.tools.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.shopsight.tools.data.LoadResult.Loaded;
import com.shopsight.tools.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads 1,000 real customer rows and 1,000 real transaction rows from the shared reference
 * folder (never copied into the project: linked from a temporary folder), with an
 * articles.csv written here for the articles those transactions name.
 */
class HmLoaderRealSampleTest {
    private static final String CUSTOMERS = "customers_sample.csv";
    private static final String TRANSACTIONS = "transactions_sample.csv";

    @TempDir
    Path dir;

    @Test
    void loads_the_real_customer_and_transaction_rows() throws IOException {
        Optional<Path> samples = samples();
        assumeTrue(samples.isPresent(), "the real H&M samples are not here: ../shared/reference/hm-stats/ (from the repo root)"
                + " and /work/shared/reference/hm-stats/ are both absent");
        Path hm = Files.createDirectories(dir.resolve("hm"));
        link(samples.get().resolve(CUSTOMERS), hm.resolve("customers.csv"));
        link(samples.get().resolve(TRANSACTIONS), hm.resolve("transactions_train.csv"));
        List<String[]> transactions = rows(samples.get().resolve(TRANSACTIONS));
        List<String[]> customers = rows(samples.get().resolve(CUSTOMERS));
        TreeSet<String> articleIds = new TreeSet<>();
        transactions.forEach(t -> articleIds.add(t[2]));
        HmFiles.write(hm.resolve("articles.csv"), HmFiles.ARTICLES_HEADER, articleIds.stream().map(HmLoaderRealSampleTest::article).toList());
        Path db = dir.resolve("real.duckdb");

        LoadResult result;
        try {
            result = new HmLoader(Progress.NONE).load(new LoadRequest(hm.toString(), db));
        } finally {
            // Unlinked here, so the temporary folder's cleanup never meets links to the shared folder.
            Files.deleteIfExists(hm.resolve("customers.csv"));
            Files.deleteIfExists(hm.resolve("transactions_train.csv"));
        }

        assertThat(result).as(String.valueOf(result)).isInstanceOf(Loaded.class);
        LoadReport report = ((Loaded) result).report();
        assertThat(report.customers()).isEqualTo(1000);
        assertThat(report.transactions()).isEqualTo(1000);
        assertThat(report.articles()).isEqualTo(articleIds.size());
        assertThat(report.firstDay()).hasToString(transactions.stream().map(t -> t[0]).min(String::compareTo).orElseThrow());
        assertThat(report.lastDay()).hasToString(transactions.stream().map(t -> t[0]).max(String::compareTo).orElseThrow());
        assertThat(report.buyers()).isEqualTo(transactions.stream().map(t -> t[1]).distinct().count());
        assertThat(TestDb.value(db, "SELECT count(*) FROM transactions WHERE NOT regexp_full_match(article_id, '0[0-9]{9}')")).isEqualTo(0L);
        assertThat(TestDb.value(db, "SELECT count(*) FROM customers WHERE NOT regexp_full_match(customer_id, '[0-9a-f]{64}') "
                + "OR NOT regexp_full_match(postal_code, '[0-9a-f]{64}')")).isEqualTo(0L);
        assertThat(TestDb.value(db, "SELECT count(*) FROM customers WHERE age IS NULL"))
                .isEqualTo(customers.stream().filter(c -> c[5].isEmpty()).count());
        assertThat(TestDb.value(db, "SELECT count(*) FROM customers WHERE FN IS NULL"))
                .isEqualTo(customers.stream().filter(c -> c[1].isEmpty()).count());
        assertThat(TestDb.column(db, "SELECT DISTINCT FN FROM customers WHERE FN IS NOT NULL")).containsOnly(1.0);
        assertThat(TestDb.value(db, "SELECT count(*) FROM customers WHERE fashion_news_frequency IS NULL"))
                .isEqualTo(customers.stream().filter(c -> c[4].isEmpty()).count());
        String[] first = transactions.get(0);
        assertThat(TestDb.rows(db, "SELECT price, sales_channel_id FROM transactions WHERE customer_id = '" + first[1]
                + "' AND article_id = '" + first[2] + "' LIMIT 1").get(0))
                .containsExactly(Double.parseDouble(first[3]), Integer.parseInt(first[4]));
    }

    /** The shared folder, relative to the repo root (CI) or at its place on the development machines. */
    private static Optional<Path> samples() {
        List<Path> candidates = new ArrayList<>();
        String root = System.getProperty("shopsight.repo.root");
        if (root != null) {
            candidates.add(Path.of(root).resolve("../shared/reference/hm-stats").normalize());
        }
        candidates.add(Path.of("/work/shared/reference/hm-stats"));
        return candidates.stream()
                .filter(p -> Files.isRegularFile(p.resolve(CUSTOMERS)) && Files.isRegularFile(p.resolve(TRANSACTIONS)))
                .findFirst();
    }

    private static void link(Path target, Path link) throws IOException {
        try {
            Files.createSymbolicLink(link, target.toAbsolutePath());
        } catch (UnsupportedOperationException | IOException noLinks) {
            // Filesystems without symbolic links: a temporary copy, outside the project and deleted with the test.
            Files.copy(target, link);
        }
    }

    /** Data rows of a sample file; the samples have no quoted fields, so a plain split is exact. */
    private static List<String[]> rows(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.skip(1).map(l -> l.split(",", -1)).toList();
        }
    }

    /** An articles.csv line in the real format for one article id. */
    private static String article(String id) {
        return id + "," + id.substring(0, 7) + ",Sample " + id + ",253,Vest top,Garment Upper body,1010016,Solid,09,Black,"
                + "4,Dark,5,Black,1676,Jersey Basic,A,Ladieswear,1,Ladieswear,16,Womens Everyday Basics,1002,Jersey Basic,"
                + "\"A sample article, written by the test.\"";
    }
}
