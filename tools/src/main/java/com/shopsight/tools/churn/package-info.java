/**
 * Churn risk. {@link com.shopsight.tools.churn.ChurnTool} is the front door
 * ({@link com.shopsight.tools.churn.ChurnParams} in, {@link com.shopsight.tools.churn.ChurnResult}
 * out); {@code ChurnFeatures} writes the per-customer features as SQL and {@code ChurnModel}
 * is the logistic regression, also written as SQL so DuckDB scores every customer.
 */
package com.shopsight.tools.churn;
