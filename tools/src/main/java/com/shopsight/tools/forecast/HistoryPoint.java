package com.shopsight.tools.forecast;

/**
 * One period of the history the forecast was fitted to, gaps filled with zero.
 *
 * @param period the period's start date (ISO) or number
 */
public record HistoryPoint(String period, double value) {}
