package com.shopsight.tools.segments;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.shopsight.tools.query.Problem;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What {@link SegmentsTool#run} gives back: one of the three segmentations, or why there is none. */
public sealed interface SegmentsResult
        permits SegmentsResult.BuyerProfile, SegmentsResult.Rfm, SegmentsResult.Clusters, SegmentsResult.Failed {
    /** "buyers", "rfm", "clusters" or "failed", so JSON readers can tell the outcomes apart. */
    @JsonProperty("status")
    String status();

    /** Every query the tool ran, in order; never null. */
    List<String> sql();

    /**
     * Who buys the scope, against all customers. "Likely customer segments" are the
     * {@code highlights}: traits over-represented among the buyers, by index.
     *
     * @param scope the scope in words
     * @param buyers distinct customers with a purchase in the scope
     * @param customers all customers
     * @param units units sold in the scope
     * @param revenue revenue in the scope
     * @param onlineShare share of the scope's units sold online
     * @param overallOnlineShare share of all units in the same dates sold online
     * @param onlineIndex onlineShare / overallOnlineShare
     * @param repeatBuyers buyers who bought in the scope on two or more days
     * @param repeatShare repeatBuyers / buyers; the rest bought on one day only (first-time buyers)
     * @param unitsPerBuyer units / buyers
     * @param rows every trait, by dimension
     * @param highlights the most over-represented traits with enough buyers, highest index first
     */
    @JsonPropertyOrder({"status", "scope", "buyers", "customers", "units", "revenue", "highlights", "onlineShare",
        "overallOnlineShare", "onlineIndex", "repeatBuyers", "repeatShare", "unitsPerBuyer", "rows", "notes", "sql"})
    record BuyerProfile(
            String scope, long buyers, long customers, long units, double revenue, double onlineShare, double overallOnlineShare,
            Double onlineIndex, long repeatBuyers, double repeatShare, double unitsPerBuyer, List<ProfileRow> rows,
            List<ProfileRow> highlights, List<String> notes, List<String> sql) implements SegmentsResult {
        public BuyerProfile {
            rows = List.copyOf(rows);
            highlights = List.copyOf(highlights);
            notes = List.copyOf(notes);
            sql = List.copyOf(sql);
        }

        @Override
        public String status() {
            return "buyers";
        }
    }

    /**
     * RFM scores and segments at a reference date.
     *
     * @param scope the scope in words
     * @param referenceDate the day recency is measured from
     * @param customers customers scored (those with a purchase in the scope up to that day)
     * @param revenue their total spend in the scope
     * @param segments the ten named segments, largest first (empty ones included, with 0)
     * @param scores what each score of R, F and M covers
     */
    @JsonPropertyOrder({"status", "scope", "referenceDate", "customers", "revenue", "segments", "scores", "notes", "sql"})
    record Rfm(
            String scope, LocalDate referenceDate, long customers, double revenue, List<RfmGroup> segments, List<ScoreRange> scores,
            List<String> notes, List<String> sql) implements SegmentsResult {
        public Rfm {
            segments = List.copyOf(segments);
            scores = List.copyOf(scores);
            notes = List.copyOf(notes);
            sql = List.copyOf(sql);
        }

        @Override
        public String status() {
            return "rfm";
        }
    }

    /**
     * Behavioural clusters.
     *
     * @param scope the scope in words
     * @param referenceDate the day recency is measured from
     * @param population customers with a purchase in the scope (a HyperLogLog estimate, within a few percent)
     * @param sampled customers clustered (all of them, or a deterministic sample)
     * @param k the number of clusters chosen
     * @param silhouette its mean silhouette (-1 to 1; above 0.25 there is some structure)
     * @param silhouettes the mean silhouette of every k tried
     * @param features the features clustered on, in order
     * @param clusters the clusters, largest first
     */
    @JsonPropertyOrder({"status", "scope", "referenceDate", "population", "sampled", "k", "silhouette", "silhouettes",
        "features", "clusters", "notes", "sql"})
    record Clusters(
            String scope, LocalDate referenceDate, long population, int sampled, int k, double silhouette,
            Map<Integer, Double> silhouettes, List<String> features, List<Cluster> clusters, List<String> notes, List<String> sql)
            implements SegmentsResult {
        public Clusters {
            silhouettes = Collections.unmodifiableSortedMap(new TreeMap<>(silhouettes));
            features = List.copyOf(features);
            clusters = List.copyOf(clusters);
            notes = List.copyOf(notes);
            sql = List.copyOf(sql);
        }

        @Override
        public String status() {
            return "clusters";
        }
    }

    /** No segmentation, and why. */
    @JsonPropertyOrder({"status", "problem", "sql"})
    record Failed(Problem problem, List<String> sql) implements SegmentsResult {
        public Failed {
            Objects.requireNonNull(problem, "problem");
            sql = List.copyOf(sql);
        }

        @Override
        public String status() {
            return "failed";
        }
    }
}
