package com.shopsight.agent.planner;

import java.util.List;
import java.util.Set;

/**
 * Which analysis of a tool the words that named it ask for: "rfm" is the RFM segments,
 * "personas" or "clusters" the behavioural clusters, "who buys" the buyer profile; plain
 * "segments" is the buyer profile of a product named, else RFM.
 */
final class ToolAnalysis {
    static final String BUYERS = "buyers";
    static final String RFM = "rfm";
    static final String CLUSTERS = "clusters";

    private static final Set<String> RFM_WORDS = Set.of("rfm");
    private static final Set<String> CLUSTER_WORDS = Set.of("clusters", "personas", "customer groups");
    private static final Set<String> BUYER_WORDS = Set.of("who buys", "who is buying", "who bought", "buyer profile",
            "customer profile", "likely customers", "likely customer segments", "audience", "typical customer",
            "typical customers", "typical buyers", "typical buyer", "kind of customers", "what kind of customers");

    private ToolAnalysis() {}

    /**
     * The analysis {@code words} (lower case) ask of {@code tool}, or null for a tool with one
     * analysis; {@code product} says whether the question names products to profile the buyers of.
     */
    static String of(String tool, List<String> words, boolean product) {
        if (!tool.equals("segments")) {
            return null;
        }
        if (words.stream().anyMatch(RFM_WORDS::contains)) {
            return RFM;
        }
        if (words.stream().anyMatch(CLUSTER_WORDS::contains)) {
            return CLUSTERS;
        }
        return product || words.stream().anyMatch(BUYER_WORDS::contains) ? BUYERS : RFM;
    }

    /** The analysis in words, for "understood". */
    static String words(String analysis) {
        return switch (analysis) {
            case BUYERS -> "buyer profile";
            case RFM -> "RFM";
            case CLUSTERS -> "behavioural clusters";
            default -> analysis;
        };
    }
}
