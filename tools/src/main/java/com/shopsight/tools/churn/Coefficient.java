package com.shopsight.tools.churn;

/**
 * One feature of the model.
 *
 * @param feature what it measures, in words
 * @param sql how it is computed from a customer's purchases before the cutoff
 * @param coefficient the change in log-odds of churn per standard deviation
 * @param mean its mean in the training sample
 * @param sd its standard deviation in the training sample
 */
public record Coefficient(String feature, String sql, double coefficient, double mean, double sd) {}
