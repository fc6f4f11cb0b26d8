package com.shopsight.tools.segments;

import java.util.List;

/**
 * One behavioural cluster: its persona, size and typical customer, from the sample.
 *
 * @param cluster its number, 1 for the largest
 * @param persona a readable name from what sets it apart ("Young online Divided shoppers")
 * @param sampled customers of the sample in it
 * @param share its share of the sample, an estimate of its share of the population
 * @param estimatedCustomers share times the population
 * @param medianRecencyDays median days since the last purchase
 * @param medianFrequency median purchase days
 * @param medianMonetary median spend
 * @param averageAge mean known age, or null
 * @param onlineShare mean share of purchases made online
 * @param topIndexGroup the index group most of its purchases are in
 * @param topIndexGroupShare the mean share of purchases in that group
 * @param traits the features that set it apart, strongest first
 */
public record Cluster(
        int cluster, String persona, int sampled, double share, long estimatedCustomers, double medianRecencyDays,
        double medianFrequency, double medianMonetary, Double averageAge, double onlineShare, String topIndexGroup,
        double topIndexGroupShare, List<Trait> traits) {
    public Cluster {
        traits = List.copyOf(traits);
    }
}
