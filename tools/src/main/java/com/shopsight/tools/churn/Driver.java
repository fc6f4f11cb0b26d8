package com.shopsight.tools.churn;

/**
 * A feature that pushes one customer's risk up.
 *
 * @param feature the feature ("days since the last purchase")
 * @param value the customer's value of it, in its own units
 * @param contribution what it adds to the log-odds of churn against an average customer
 */
public record Driver(String feature, double value, double contribution) {}
