package com.shopsight.tools.churn;

import java.time.LocalDate;

/**
 * How the model did on a later cutoff than it was trained on, every active customer included.
 *
 * @param cutoff the cutoff: features from before it, labels from the churn window after it
 * @param customers customers active before the cutoff
 * @param churnRate the share of them who bought nothing in the window
 * @param auc ROC AUC of the model's risk: the chance a churner scores above a customer who stayed
 * @param aucRecencyOnly the same for days since the last purchase alone, the baseline to beat
 * @param precisionTopDecile the share of churners among the tenth with the highest risk (with
 *     the whole group of equal risks at the cut)
 * @param liftTopDecile precisionTopDecile / churnRate
 */
public record Evaluation(
        LocalDate cutoff, long customers, double churnRate, double auc, double aucRecencyOnly, double precisionTopDecile,
        double liftTopDecile) {}
