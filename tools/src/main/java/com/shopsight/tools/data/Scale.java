package com.shopsight.tools.data;

import java.util.Locale;

/** Sizes of the synthetic dataset; every scale covers the real date range. */
public enum Scale {
    /** For tests: generated in a few seconds. */
    TINY(1_000, 5_000, 100_000),
    /** The default that `serve` generates when there is no database. */
    SMALL(10_000, 100_000, 2_000_000),
    /** The real dataset's size. */
    FULL(105_542, 1_371_980, 31_788_324);

    private final int articles;
    private final int customers;
    private final long transactions;

    Scale(int articles, int customers, long transactions) {
        this.articles = articles;
        this.customers = customers;
        this.transactions = transactions;
    }

    public int articles() {
        return articles;
    }

    public int customers() {
        return customers;
    }

    /** The target number of transaction rows (the generator lands within about 1 % of it). */
    public long transactions() {
        return transactions;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "tiny", "small" or "full", in any case. */
    public static Scale parse(String text) {
        for (Scale s : values()) {
            if (s.label().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown scale '" + text + "': use tiny, small or full");
    }
}
