package com.shopsight.tools.data;

import java.nio.file.Path;

/**
 * What {@code generate} produced.
 *
 * @param database the database file written
 * @param scale the scale generated
 * @param seed the seed used
 * @param articles rows in articles
 * @param customers rows in customers
 * @param transactions rows in transactions
 * @param millis wall time of the whole generation
 */
public record GenerationReport(Path database, Scale scale, long seed, long articles, long customers,
        long transactions, long millis) {}
