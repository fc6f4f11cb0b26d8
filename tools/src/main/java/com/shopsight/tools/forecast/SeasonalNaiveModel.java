package com.shopsight.tools.forecast;

/** Each period repeats the same period one season earlier. */
final class SeasonalNaiveModel extends Model {
    /** The last season's values as a ring; {@code next} points at the value one season ago. */
    private final double[] ring;
    private int next;

    /** Starts from the last full season of {@code y} (at least one season long). */
    static SeasonalNaiveModel after(double[] y, int season) {
        double[] ring = new double[season];
        System.arraycopy(y, y.length - season, ring, 0, season);
        return new SeasonalNaiveModel(ring, 0);
    }

    private SeasonalNaiveModel(double[] ring, int next) {
        this.ring = ring;
        this.next = next;
    }

    @Override
    double predict() {
        return ring[next];
    }

    @Override
    void observe(double actual) {
        ring[next] = actual;
        next = (next + 1) % ring.length;
    }

    @Override
    Model copy() {
        return new SeasonalNaiveModel(ring.clone(), next);
    }
}
