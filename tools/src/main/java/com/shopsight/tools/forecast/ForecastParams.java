package com.shopsight.tools.forecast;

import com.shopsight.tools.scope.Scope;
import java.util.Objects;

/**
 * What to forecast: either the units or revenue of a {@link Scope} (a product, a type, a
 * department, ..., or the whole store), or any query returning (period, value).
 *
 * @param scope the transactions to count (ignored when {@code sql} is given); never null
 * @param metric units or revenue, for a scope; never null
 * @param sql a query returning columns period and value, or null to use the scope
 * @param frequency the period length, or null for weekly (a scope) or inferred from the periods (a query)
 * @param season the season length in periods, or null for the frequency's (52 weeks, 12 months, 4 quarters)
 * @param horizon how many periods to forecast, 1 to {@link #MAX_HORIZON}
 * @param method a method to use whatever the backtest prefers, or null to let the backtest choose
 * @param seed the seed of the simulated intervals; the same seed gives the same result
 */
public record ForecastParams(
        Scope scope, Metric metric, String sql, Frequency frequency, Integer season, int horizon, Method method, long seed) {
    public static final int DEFAULT_HORIZON = 4;
    public static final int MAX_HORIZON = 52;
    public static final long DEFAULT_SEED = 42;

    public ForecastParams {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(metric, "metric");
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must be between 1 and " + MAX_HORIZON + " periods, not " + horizon);
        }
        if (season != null && (season < 1 || season > 366)) {
            throw new IllegalArgumentException("season must be between 1 (none) and 366 periods, not " + season);
        }
        if (sql != null && sql.isBlank()) {
            throw new IllegalArgumentException("sql must not be blank; leave it out to forecast a scope");
        }
        if (sql != null && !scope.isWholeStore()) {
            throw new IllegalArgumentException("give either a query or filters, not both: the query already says what to count");
        }
    }

    /** Weekly units or revenue of {@code scope}, 4 weeks ahead. */
    public static ForecastParams of(Scope scope, Metric metric) {
        return new ForecastParams(scope, metric, null, null, null, DEFAULT_HORIZON, null, DEFAULT_SEED);
    }

    /** The series of {@code sql}, which returns (period, value), 4 periods ahead. */
    public static ForecastParams ofSql(String sql) {
        return new ForecastParams(Scope.all(), Metric.UNITS, sql, null, null, DEFAULT_HORIZON, null, DEFAULT_SEED);
    }

    public ForecastParams withHorizon(int periods) {
        return new ForecastParams(scope, metric, sql, frequency, season, periods, method, seed);
    }

    public ForecastParams withFrequency(Frequency f) {
        return new ForecastParams(scope, metric, sql, f, season, horizon, method, seed);
    }

    public ForecastParams withSeason(Integer periods) {
        return new ForecastParams(scope, metric, sql, frequency, periods, horizon, method, seed);
    }

    public ForecastParams withMethod(Method m) {
        return new ForecastParams(scope, metric, sql, frequency, season, horizon, m, seed);
    }
}
