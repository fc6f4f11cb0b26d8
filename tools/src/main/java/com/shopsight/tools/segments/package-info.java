/**
 * Customer segments. {@link com.shopsight.tools.segments.SegmentsTool} is the front door
 * ({@link com.shopsight.tools.segments.SegmentsParams} in,
 * {@link com.shopsight.tools.segments.SegmentsResult} out), with three analyses:
 * {@code BuyerProfiler} (who buys a scope, with an index per trait), {@code RfmAnalysis} (scores
 * and the named {@link com.shopsight.tools.segments.RfmSegment}s) and {@code ClusterAnalysis}
 * (k-means++ by {@code Clustering}, named by {@code Personas}).
 */
package com.shopsight.tools.segments;
