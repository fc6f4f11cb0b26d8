package com.shopsight.tools.segments;

/**
 * One named RFM segment: its rule, its size and value, and its typical customer.
 *
 * @param segment the segment
 * @param rule which scores make it ("R 5 and FM 4-5, or R 4 and FM 5")
 * @param meaning what its customers have in common
 * @param customers how many customers are in it
 * @param share their share of all scored customers
 * @param revenue their spend in the scope
 * @param revenueShare its share of all revenue in the scope
 * @param medianRecencyDays the median days since the last purchase, at the reference date
 * @param medianFrequency the median number of purchase days
 * @param medianMonetary the median spend
 * @param averageAge the mean age of those whose age is known, or null
 * @param onlineShare the mean share of their purchases made online
 * @param topAgeBand the most common age band
 */
public record RfmGroup(
        RfmSegment segment, String rule, String meaning, long customers, double share, double revenue, double revenueShare,
        double medianRecencyDays, double medianFrequency, double medianMonetary, Double averageAge, double onlineShare,
        String topAgeBand) {}
