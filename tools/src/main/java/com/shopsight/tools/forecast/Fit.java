package com.shopsight.tools.forecast;

import java.util.Map;

/**
 * A method fitted to a history.
 *
 * @param method the method
 * @param parameters the fitted parameters by name (alpha, beta, phi, gamma, initial states), in order
 * @param model the recursion positioned after the last period of the history, ready to forecast
 * @param sigma the standard deviation of the one-step errors over the history; relative to the
 *     prediction (error / prediction) when {@code relative}
 * @param relative whether errors scale with the level, as they do with a multiplicative season
 */
record Fit(Method method, Map<String, Double> parameters, Model model, double sigma, boolean relative) {
    /** A fit whose errors are additive, of the same size at any level. */
    Fit(Method method, Map<String, Double> parameters, Model model, double sigma) {
        this(method, parameters, model, sigma, false);
    }
}
