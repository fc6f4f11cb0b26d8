package com.shopsight.tools.gate;

import com.shopsight.tools.data.HmTables;
import com.shopsight.tools.db.DuckDb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * A small H&M database for gate tests, built once per test JVM: the three tables with the
 * real schema ({@link HmTables}) and plausible rows made from {@code range} and {@code hash}
 * (300 articles, 500 customers, 20,000 transactions over the real date range).
 */
final class HmFixture {
    private static Path database;

    private HmFixture() {}

    /** The shared fixture database. Tests must not write to it; copy it to change anything. */
    static synchronized Path database() {
        if (database == null) {
            try {
                Path folder = Files.createTempDirectory("shopsight-gate-fixture");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
                database = folder.resolve("hm.duckdb");
                build(database);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return database;
    }

    /** A copy of the fixture in {@code folder}, for a test that needs a database of its own. */
    static Path copy(Path folder) {
        try {
            Path target = folder.resolve("hm.duckdb");
            Files.copy(database(), target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of a file, to show a database is byte-identical after a test. */
    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void build(Path file) {
        try (Connection conn = DuckDb.openWritable(file)) {
            DuckDb.execute(conn,
                    HmTables.ARTICLES.createSql("articles"),
                    HmTables.CUSTOMERS.createSql("customers"),
                    HmTables.TRANSACTIONS.createSql("transactions"),
                    ARTICLES, CUSTOMERS, TRANSACTIONS, "CHECKPOINT");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** pick(list, i, salt): a list element chosen by a hash of the row number. */
    private static String pick(String list, String salt) {
        return list + "[1 + (hash(i, '" + salt + "') % len(" + list + "))::BIGINT]";
    }

    private static final String TYPES = "['Trousers', 'Sweater', 'T-shirt', 'Dress', 'Bikini top', 'Swimwear bottom', "
            + "'Bra', 'Socks', 'Jacket', 'Shorts', 'Skirt', 'Blouse', 'Hoodie', 'Top', 'Vest top']";
    private static final String GROUPS = "['Garment Lower body', 'Garment Upper body', 'Garment Upper body', 'Garment Full body', "
            + "'Swimwear', 'Swimwear', 'Underwear', 'Socks & Tights', 'Garment Upper body', 'Garment Lower body', "
            + "'Garment Lower body', 'Garment Upper body', 'Garment Upper body', 'Garment Upper body', 'Garment Upper body']";
    private static final String COLOURS = "['Black', 'White', 'Dark Blue', 'Light Pink', 'Grey', 'Beige', 'Red', 'Dark Green']";
    private static final String INDEXES = "['Ladieswear', 'Menswear', 'Divided', 'Baby Sizes 50-98', 'Sport', 'Lingeries/Tights']";

    private static final String ARTICLES = "INSERT INTO articles SELECT "
            + "lpad((108775015 + i * 3713)::VARCHAR, 10, '0'), "
            + "108775 + i // 3, "
            + "['Strap', 'Tilly', 'Jade', 'Luna', 'Ben', 'Tom', 'Skinny', 'Relaxed', 'Basic', 'Soft'][1 + (hash(i, 'n') % 10)::BIGINT] || ' ' "
            + "|| " + TYPES + "[1 + (i % 15)], "
            + "250 + i % 15, " + TYPES + "[1 + (i % 15)], " + GROUPS + "[1 + (i % 15)], "
            + "1010016 + (hash(i, 'g') % 4)::INTEGER, " + pick("['Solid', 'Stripe', 'All over pattern', 'Melange']", "g") + ", "
            + "9 + (hash(i, 'c') % 8)::INTEGER, " + pick(COLOURS, "c") + ", "
            + "1 + (hash(i, 'v') % 4)::INTEGER, " + pick("['Dark', 'Light', 'Dusty Light', 'Medium Dusty']", "v") + ", "
            + "5 + (hash(i, 'c') % 8)::INTEGER, " + pick("['Black', 'White', 'Blue', 'Pink', 'Grey', 'Beige', 'Red', 'Green']", "c") + ", "
            + "1600 + i % 40, " + pick("['Jersey Basic', 'Trousers', 'Swimwear', 'Knitwear', 'Shorts', 'Blouse', 'Tops Fancy Jersey']", "d") + ", "
            + pick("['A', 'F', 'D', 'G', 'S', 'B']", "x") + ", " + pick(INDEXES, "x") + ", "
            + "1 + (hash(i, 'x') % 5)::INTEGER, " + pick("['Ladieswear', 'Menswear', 'Divided', 'Baby/Children', 'Sport']", "x") + ", "
            + "10 + (hash(i, 's') % 20)::INTEGER, " + pick("['Womens Everyday Basics', 'Mens Casual', 'Divided Collection', 'Kids Girl', 'Ladies H&M Sport']", "s") + ", "
            + "1001 + (hash(i, 'gg') % 20)::INTEGER, " + pick("['Jersey Fancy', 'Trousers', 'Swimwear', 'Knitwear', 'Under-, Nightwear', 'Accessories', 'Blouses']", "gg") + ", "
            + "'Soft ' || lower(" + TYPES + "[1 + (i % 15)]) || ' in ' || " + pick("['cotton jersey', 'woven fabric', 'stretch denim', 'recycled polyester']", "m")
            + " FROM range(300) t(i)";

    private static final String CUSTOMERS = "INSERT INTO customers SELECT "
            + "md5(i::VARCHAR) || md5((i + 7)::VARCHAR), "
            + "CASE WHEN hash(i, 'fn') % 3 = 0 THEN 1.0 END, "
            + "CASE WHEN hash(i, 'fn') % 3 = 0 AND hash(i, 'a') % 2 = 0 THEN 1.0 END, "
            + "CASE WHEN hash(i, 'm') % 20 = 0 THEN NULL WHEN hash(i, 'm') % 10 = 1 THEN 'PRE-CREATE' "
            + "WHEN hash(i, 'm') % 30 = 2 THEN 'LEFT CLUB' ELSE 'ACTIVE' END, "
            + pick("['NONE', 'NONE', 'Regularly', 'Monthly']", "f") + ", "
            + "CASE WHEN hash(i, 'age') % 25 = 0 THEN NULL ELSE (16 + (hash(i, 'age') % 50 + hash(i, 'age2') % 20))::INTEGER END, "
            + "md5(('p' || (i % 97))::VARCHAR) || md5(('q' || (i % 97))::VARCHAR)"
            + " FROM range(500) t(i)";

    private static final String TRANSACTIONS = "INSERT INTO transactions SELECT "
            + "DATE '" + HmTables.FIRST_DAY + "' + (hash(i, 'd') % " + (HmTables.LAST_DAY.toEpochDay() - HmTables.FIRST_DAY.toEpochDay() + 1) + ")::INTEGER, "
            + "md5(c::VARCHAR) || md5((c + 7)::VARCHAR), "
            + "lpad((108775015 + a * 3713)::VARCHAR, 10, '0'), "
            + "round(0.005 + (hash(i, 'p') % 1000) / 12000.0 + (a % 15) / 400.0, 6), "
            + "CASE WHEN hash(i, 'ch') % 10 < 7 THEN 2 ELSE 1 END "
            // Popular articles sell more: squaring a uniform draw skews the choice.
            + "FROM (SELECT i, (hash(i, 'c') % 500)::BIGINT AS c, "
            + "((hash(i, 'a') % 1000) * (hash(i, 'a') % 1000) / 1000000.0 * 300)::BIGINT % 300 AS a FROM range(20000) t(i))";

    static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
