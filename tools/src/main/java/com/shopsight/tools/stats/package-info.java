/**
 * Small numerical models shared by the analytic tools, on plain arrays: standardisation,
 * logistic regression and ranking quality (ROC AUC, precision at the top).
 */
package com.shopsight.tools.stats;
