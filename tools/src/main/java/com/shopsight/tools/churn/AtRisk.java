package com.shopsight.tools.churn;

import java.util.List;

/**
 * A current customer with a high churn risk.
 *
 * @param customerId the customer
 * @param risk the modelled probability of buying nothing in the coming churn window
 * @param daysSinceLastPurchase days from the last purchase to today
 * @param visitsLast13Weeks purchase days in the last 13 weeks
 * @param visitsPrevious13Weeks purchase days in the 13 weeks before those
 * @param drivers the features that raise the risk most, strongest first (up to 3)
 */
public record AtRisk(
        String customerId, double risk, long daysSinceLastPurchase, long visitsLast13Weeks, long visitsPrevious13Weeks,
        List<Driver> drivers) {
    public AtRisk {
        drivers = List.copyOf(drivers);
    }
}
