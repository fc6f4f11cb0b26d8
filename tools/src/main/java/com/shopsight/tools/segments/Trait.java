package com.shopsight.tools.segments;

/**
 * What sets a cluster apart on one feature: its centre in standard deviations from the mean.
 *
 * @param feature the feature ("recency days", "online share", "share Divided")
 * @param z the cluster centre's distance from the mean, in standard deviations
 * @param words the word the persona name takes from it ("online", "lapsed"), or null
 */
public record Trait(String feature, double z, String words) {}
