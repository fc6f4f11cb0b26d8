package com.shopsight.tools.segments;

import com.fasterxml.jackson.annotation.JsonValue;
import com.shopsight.tools.scope.Scope;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Which customer segmentation to run, over which transactions.
 *
 * @param analysis buyer profile, RFM or behavioural clusters; never null
 * @param scope the transactions that count: for a buyer profile, those whose buyers are
 *     profiled; for RFM and clusters, those the measures are computed from; never null
 * @param referenceDate the day RFM and clusters measure recency from, or null for the last day of the data
 * @param minClusters the fewest clusters to try, at least 2
 * @param maxClusters the most clusters to try, at most 8
 * @param sampleSize how many customers clustering uses at most (a deterministic sample of the rest)
 * @param seed the seed of the sample and of k-means++; the same seed gives the same clusters
 */
public record SegmentsParams(
        Analysis analysis, Scope scope, LocalDate referenceDate, int minClusters, int maxClusters, int sampleSize, long seed) {
    public static final int DEFAULT_SAMPLE = 10_000;
    public static final long DEFAULT_SEED = 42;

    public SegmentsParams {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(scope, "scope");
        if (minClusters < 2 || maxClusters > 8 || minClusters > maxClusters) {
            throw new IllegalArgumentException("clusters must range within 2 to 8, not " + minClusters + " to " + maxClusters);
        }
        if (sampleSize < 100 || sampleSize > 200_000) {
            throw new IllegalArgumentException("sampleSize must be between 100 and 200,000, not " + sampleSize);
        }
    }

    /** The profile of the buyers of {@code scope} against all customers. */
    public static SegmentsParams buyers(Scope scope) {
        return new SegmentsParams(Analysis.BUYERS, scope, null, 2, 8, DEFAULT_SAMPLE, DEFAULT_SEED);
    }

    /** RFM scores and named segments of every customer with a purchase in {@code scope}. */
    public static SegmentsParams rfm(Scope scope) {
        return new SegmentsParams(Analysis.RFM, scope, null, 2, 8, DEFAULT_SAMPLE, DEFAULT_SEED);
    }

    /** Behavioural clusters of the customers with a purchase in {@code scope}, k from 2 to 8. */
    public static SegmentsParams clusters(Scope scope) {
        return new SegmentsParams(Analysis.CLUSTERS, scope, null, 2, 8, DEFAULT_SAMPLE, DEFAULT_SEED);
    }

    public SegmentsParams withReferenceDate(LocalDate day) {
        return new SegmentsParams(analysis, scope, day, minClusters, maxClusters, sampleSize, seed);
    }

    public SegmentsParams withClusters(int min, int max) {
        return new SegmentsParams(analysis, scope, referenceDate, min, max, sampleSize, seed);
    }

    public SegmentsParams withSample(int size, long sampleSeed) {
        return new SegmentsParams(analysis, scope, referenceDate, minClusters, maxClusters, size, sampleSeed);
    }

    /** The three segmentations. */
    public enum Analysis {
        /** Who buys something: their profile against all customers, with an index per trait. */
        BUYERS,
        /** Recency, frequency and monetary scores and the named segments they make. */
        RFM,
        /** k-means++ clusters of purchase behaviour, with persona names. */
        CLUSTERS;

        @JsonValue
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Analysis parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "buyers", "profile", "buyer-profile" -> BUYERS;
                case "rfm" -> RFM;
                case "clusters", "cluster", "behaviour", "behavior" -> CLUSTERS;
                default -> throw new IllegalArgumentException("Unknown analysis '" + text + "': use buyers, rfm or clusters");
            };
        }
    }
}
