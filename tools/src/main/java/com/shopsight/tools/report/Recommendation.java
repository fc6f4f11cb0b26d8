package com.shopsight.tools.report;

/**
 * An action the report suggests, tied to the figure it follows from.
 *
 * @param action what to do, in a sentence
 * @param because the figure of the report behind it, quoted with its value
 * @param section the report section holding that figure (lifecycle, forecast, channels, ...)
 */
public record Recommendation(String action, String because, String section) {}
