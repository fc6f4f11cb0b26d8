package com.shopsight.tools.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Average selling price by month over the last twelve months.
 *
 * @param months the months with sales, oldest first
 * @param changePercent the last three months' average price against the first three's, in percent, or
 *     null with fewer than six months of sales
 */
public record PriceTrend(List<Month> months, Double changePercent) {
    /** One month's average price (transactions' price, on H&M's scale) and units. */
    public record Month(LocalDate month, double averagePrice, long units) {}

    public PriceTrend {
        months = List.copyOf(months);
    }

    /** The trend of {@code months}: unit-weighted averages of the first and last three months. */
    static PriceTrend of(List<Month> months) {
        if (months.size() < 6) {
            return new PriceTrend(months, null);
        }
        double first = weighted(months.subList(0, 3));
        double last = weighted(months.subList(months.size() - 3, months.size()));
        return new PriceTrend(months, 100 * (last / first - 1));
    }

    private static double weighted(List<Month> ms) {
        double sum = 0;
        long units = 0;
        for (Month m : ms) {
            sum += m.averagePrice() * m.units();
            units += m.units();
        }
        return sum / units;
    }
}
