package com.shopsight.tools.segments;

/**
 * One trait of the buyer profile: how common it is among the buyers against all customers.
 *
 * @param dimension the trait's kind: "age band", "club member status", "fashion news", "FN", "Active"
 * @param value the trait: "&lt;25", "ACTIVE", "Regularly", "yes", "unknown", ...
 * @param buyers buyers with the trait
 * @param buyerShare their share of all buyers
 * @param customers customers with the trait
 * @param customerShare their share of all customers
 * @param index buyerShare / customerShare: above 1 the trait is over-represented among the buyers
 */
public record ProfileRow(
        String dimension, String value, long buyers, double buyerShare, long customers, double customerShare, Double index) {}
