package com.shopsight.tools.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes small H&M files in the exact format of the Kaggle distribution: header line,
 * double-quoted values with commas and doubled quotes, article_id and product_code with their
 * leading zero, 64-hex hashes, empty FN/Active/age fields, "None" beside "NONE", long prices.
 */
final class HmFiles {
    static final String ARTICLES_HEADER = String.join(",", HmTables.ARTICLES.columnNames());
    static final String CUSTOMERS_HEADER = String.join(",", HmTables.CUSTOMERS.columnNames());
    static final String TRANSACTIONS_HEADER = String.join(",", HmTables.TRANSACTIONS.columnNames());

    static final List<String> ARTICLES = List.of(
            "0108775015,0108775,Strap top,253,Vest top,Garment Upper body,1010016,Solid,09,Black,4,Dark,5,Black,1676,"
                    + "Jersey Basic,A,Ladieswear,1,Ladieswear,16,Womens Everyday Basics,1002,Jersey Basic,"
                    + "Jersey top with narrow shoulder straps.",
            "0108775044,0108775,Strap top,253,Vest top,Garment Upper body,1010016,Solid,10,White,3,Light,9,White,1676,"
                    + "Jersey Basic,A,Ladieswear,1,Ladieswear,16,Womens Everyday Basics,1002,Jersey Basic,"
                    + "Jersey top with narrow shoulder straps.",
            "0110065001,0110065,OP T-shirt (Idro),306,Bra,Underwear,1010016,Solid,09,Black,4,Dark,5,Black,1339,"
                    + "Clean Lingerie,B,Lingeries/Tights,1,Ladieswear,61,Womens Lingerie,1017,\"Under-, Nightwear\","
                    + "\"Microfibre T-shirt bra with underwired, moulded, lightly padded cups that shape the bust.\"",
            "0156231001,0156231,\"Box 4p Tights \"\"Basic\"\"\",304,Underwear Tights,Socks & Tights,1010016,Solid,09,"
                    + "Black,4,Dark,5,Black,3608,Tights basic,B,Lingeries/Tights,1,Ladieswear,62,"
                    + "\"Womens Nightwear, Socks & Tigh\",1021,Socks and Tights,Matt tights with an elasticated waist. 20 denier.",
            "0706016001,0706016,Jade HW Skinny Denim TRS,272,Trousers,Garment Lower body,1010016,Solid,09,Black,4,Dark,5,"
                    + "Black,1747,Denim Trousers,D,Divided,2,Divided,53,Divided Collection,1009,Trousers,",
            "0956217002,0956217,Cartwheel dress,265,Dress,Garment Full body,1010016,Solid,09,Black,4,Dark,5,Black,"
                    + "1641,Dresses,A,Ladieswear,1,Ladieswear,18,Womens Trend,1013,Dresses Ladies,"
                    + "\"Short dress in woven fabric with a collar, concealed buttons and a flared skirt.\"");

    static final String C1 = hash("customer-1");
    static final String C2 = hash("customer-2");
    static final String C3 = hash("customer-3");
    static final String C4 = hash("customer-4");
    static final String C5 = hash("customer-5");
    static final String POSTAL_A = hash("postal-a");
    static final String POSTAL_B = hash("postal-b");

    static final List<String> CUSTOMERS = List.of(
            C1 + ",,,ACTIVE,NONE,49," + POSTAL_A,
            C2 + ",1.0,1.0,ACTIVE,Regularly,24," + POSTAL_B,
            C3 + ",,,PRE-CREATE,NONE,," + POSTAL_A,
            C4 + ",1.0,,,None,52," + POSTAL_B,
            C5 + ",,,LEFT CLUB,,21," + POSTAL_A);

    static final List<String> TRANSACTIONS = List.of(
            "2018-09-20," + C1 + ",0108775015,0.050830508474576264,2",
            "2018-09-20," + C1 + ",0110065001,0.03049152542372881,2",
            "2018-09-20," + C2 + ",0706016001,0.05083050847457627,1",
            "2019-06-29," + C2 + ",0156231001,0.01693220338983051,2",
            "2019-06-29," + C2 + ",0156231001,0.01693220338983051,2",
            "2019-11-29," + C4 + ",0108775044,0.008457627118644067,1",
            "2020-09-22," + C5 + ",0956217002,0.06777966101694915,2");

    private HmFiles() {}

    /** Writes articles.csv, customers.csv and transactions_train.csv into {@code dir}. */
    static Path writeAll(Path dir) {
        write(dir.resolve("articles.csv"), ARTICLES_HEADER, ARTICLES);
        write(dir.resolve("customers.csv"), CUSTOMERS_HEADER, CUSTOMERS);
        write(dir.resolve("transactions_train.csv"), TRANSACTIONS_HEADER, TRANSACTIONS);
        return dir;
    }

    /** A header and lines, each ending in a line break as in the distributed files. */
    static void write(Path file, String header, List<String> lines) {
        StringBuilder s = new StringBuilder(header).append('\n');
        lines.forEach(l -> s.append(l).append('\n'));
        writeString(file, s.toString());
    }

    static void writeString(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 64-character hex hash, the way H&M anonymised customers and postal codes. */
    static String hash(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
