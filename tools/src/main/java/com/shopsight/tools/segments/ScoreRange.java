package com.shopsight.tools.segments;

/**
 * What one score (1 to 5) of R, F or M covers, so that "R 5" reads as "bought in the last 9 days".
 *
 * @param measure "recency days", "frequency" or "monetary"
 * @param score 1 (worst) to 5 (best)
 * @param min the smallest value with this score
 * @param max the largest value with this score
 * @param customers how many customers have it
 */
public record ScoreRange(String measure, int score, double min, double max, long customers) {}
