package com.shopsight.tools.churn;

import com.shopsight.tools.query.Literals;
import com.shopsight.tools.query.Table;
import com.shopsight.tools.stats.LogisticRegression;
import com.shopsight.tools.stats.Standardiser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A logistic regression of churn on the standardised features, and the same model written
 * as a SQL expression so that DuckDB can score every customer without sending them to Java.
 */
final class ChurnModel {
    /** A mild ridge: enough to keep a feature that nearly separates the classes finite. */
    static final double RIDGE = 1e-4;
    static final int DRIVERS = 3;

    private final Standardiser standardiser;
    private final LogisticRegression regression;

    private ChurnModel(Standardiser standardiser, LogisticRegression regression) {
        this.standardiser = standardiser;
        this.regression = regression;
    }

    /** Trains on rows with columns x1 ... xp and churned (a boolean). */
    static ChurnModel train(Table rows) {
        int n = rows.size();
        int p = ChurnFeatures.FEATURES.size();
        double[][] x = features(rows);
        boolean[] y = new boolean[n];
        int churned = rows.column("churned");
        for (int i = 0; i < n; i++) {
            y[i] = rows.number(i, churned, 0) > 0;
        }
        Standardiser s = Standardiser.fit(x);
        LogisticRegression lr = LogisticRegression.fit(s.apply(x), y, RIDGE);
        assert lr.slopes().length == p;
        return new ChurnModel(s, lr);
    }

    /** The x1 ... xp columns of {@code rows} as a matrix. */
    static double[][] features(Table rows) {
        int p = ChurnFeatures.FEATURES.size();
        double[][] x = new double[rows.size()][p];
        for (int j = 0; j < p; j++) {
            int col = rows.column("x" + (j + 1));
            for (int i = 0; i < rows.size(); i++) {
                x[i][j] = rows.number(i, col, 0);
            }
        }
        return x;
    }

    /** The churn probability as SQL over the feature CTE's columns. */
    String probabilitySql() {
        StringBuilder logit = new StringBuilder(Literals.number(regression.intercept()));
        double[] b = regression.slopes();
        for (int j = 0; j < b.length; j++) {
            logit.append(" + ").append(Literals.number(b[j])).append(" * ((").append(ChurnFeatures.FEATURES.get(j).sql())
                    .append(") - ").append(Literals.number(standardiser.mean(j))).append(") / ")
                    .append(Literals.number(standardiser.sd(j)));
        }
        return "1 / (1 + exp(-(" + logit + ")))";
    }

    /** The model's coefficients, in feature order. */
    List<Coefficient> coefficients() {
        List<Coefficient> out = new ArrayList<>();
        double[] b = regression.slopes();
        for (int j = 0; j < b.length; j++) {
            ChurnFeatures.Feature f = ChurnFeatures.FEATURES.get(j);
            out.add(new Coefficient(f.name(), f.sql(), b[j], standardiser.mean(j), standardiser.sd(j)));
        }
        return out;
    }

    double intercept() {
        return regression.intercept();
    }

    /** The features raising one customer's risk most against an average customer, strongest first. */
    List<Driver> drivers(double[] x, double[] raw) {
        double[] z = standardiser.apply(x);
        double[] b = regression.slopes();
        List<Driver> out = new ArrayList<>();
        for (int j = 0; j < b.length; j++) {
            double contribution = b[j] * z[j];
            if (contribution > 0) {
                out.add(new Driver(ChurnFeatures.FEATURES.get(j).name(), raw[j], contribution));
            }
        }
        out.sort(Comparator.comparingDouble(Driver::contribution).reversed());
        return out.size() > DRIVERS ? out.subList(0, DRIVERS) : out;
    }
}
