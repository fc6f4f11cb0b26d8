package com.shopsight.tools.data;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a successful load put in the database: row counts, the date range and where it came
 * from.
 *
 * @param source the folder or remote prefix loaded from; never null
 * @param format whether the files were CSV or Parquet; never null
 * @param database the database file that now holds the data; never null
 * @param articles rows in {@code articles}
 * @param customers rows in {@code customers}
 * @param transactions rows in {@code transactions}
 * @param firstDay the earliest {@code t_dat}; never null
 * @param lastDay the latest {@code t_dat}; never null
 * @param buyers distinct {@code customer_id} in {@code transactions}
 * @param articlesSold distinct {@code article_id} in {@code transactions}
 * @param elapsed wall time of the whole load, checks included; never null
 * @param notices what the loader adapted or noticed without rejecting the files; never null
 */
public record LoadReport(
        String source,
        Format format,
        Path database,
        long articles,
        long customers,
        long transactions,
        LocalDate firstDay,
        LocalDate lastDay,
        long buyers,
        long articlesSold,
        Duration elapsed,
        List<String> notices) {

    /** The file format the H&M tables were read from. */
    public enum Format {
        CSV,
        PARQUET
    }

    public LoadReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(elapsed, "elapsed");
        notices = List.copyOf(notices);
    }

    /** The report as lines for a terminal. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Loaded %s (%s) into %s in %.1f s",
                source, format, database, elapsed.toMillis() / 1000.0));
        out.add(String.format(Locale.ROOT, "  articles      %,13d rows", articles));
        out.add(String.format(Locale.ROOT, "  customers     %,13d rows", customers));
        out.add(String.format(Locale.ROOT, "  transactions  %,13d rows, t_dat %s to %s", transactions, firstDay, lastDay));
        out.add(String.format(Locale.ROOT, "  %,d customers bought %,d distinct articles", buyers, articlesSold));
        for (String notice : notices) {
            out.add("  note: " + notice);
        }
        return out;
    }
}
