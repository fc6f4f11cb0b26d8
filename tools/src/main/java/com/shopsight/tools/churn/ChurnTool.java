package com.shopsight.tools.churn;

import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.query.Literals;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.query.ProblemException;
import com.shopsight.tools.query.Queries;
import com.shopsight.tools.query.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Churn risk. A customer active in the weeks before a cutoff churns when they buy nothing in
 * the N weeks after it. The model (a logistic regression on RFM and behaviour features) is
 * trained at one cutoff, evaluated at the next, later one (ROC AUC, precision in the top
 * decile), and then scores every current customer; DuckDB does the feature work and the
 * scoring, Java fits the model on a sample.
 *
 * <pre>
 *   training cutoff        evaluation cutoff         today + 1 day
 *   |-- labels: N weeks --|-- labels: N weeks -------|
 *   features before each cutoff only
 * </pre>
 */
public final class ChurnTool {
    private static final Duration TIME = Duration.ofSeconds(300);
    private static final long BUCKETS = 1_000_000;

    private final Queries queries;

    /** A tool whose queries go through {@code gate}, logged as the "tool" surface. */
    public ChurnTool(SqlGate gate) {
        this(gate, QueryContext.of("tool"));
    }

    /** A tool whose queries go through {@code gate}, logged with the caller's {@code context}. */
    public ChurnTool(SqlGate gate, QueryContext context) {
        this.queries = new Queries(gate, context);
    }

    /** Trains, evaluates and scores; too little history comes back as {@link ChurnResult.Failed}. */
    public ChurnResult run(ChurnParams p) {
        List<String> sql = new ArrayList<>();
        try {
            return churn(p, sql);
        } catch (ProblemException e) {
            if (e.problem().sql() != null && !sql.contains(e.problem().sql())) {
                sql.add(e.problem().sql());
            }
            return new ChurnResult.Failed(e.problem(), sql);
        }
    }

    private ChurnResult.ChurnRisk churn(ChurnParams p, List<String> sql) {
        String statsSql = "SELECT (SELECT min(t_dat) FROM transactions) AS first_day, (SELECT max(t_dat) FROM transactions) AS last_day,"
                + " (SELECT avg(price) FROM transactions) AS average_price, (SELECT avg(age) FROM customers) AS mean_age,"
                + " (SELECT count(*) FROM customers) AS customers";
        sql.add(statsSql);
        Table stats = queries.run(statsSql, 1, TIME);
        LocalDate first = stats.date(0, stats.column("first_day"));
        LocalDate last = stats.date(0, stats.column("last_day"));
        if (first == null) {
            throw new ProblemException(Problem.Kind.NO_DATA, "The transactions table is empty.", null, statsSql);
        }
        LocalDate today = p.asOf() != null && p.asOf().isBefore(last) ? p.asOf() : last;
        double averagePrice = stats.number(0, "average_price", 1);
        double meanAge = stats.number(0, "mean_age", 0);
        long customers = stats.whole(0, "customers");
        int window = 7 * p.churnWeeks();
        LocalDate scoring = today.plusDays(1);
        LocalDate evaluation = scoring.minusDays(window);
        LocalDate training = evaluation.minusDays(window);
        if (training.isBefore(first.plusDays(7L * p.activeWeeks()))) {
            throw new ProblemException(Problem.Kind.NO_DATA, "The data from " + first + " to " + today + " is too short: training at "
                    + training + " needs " + p.activeWeeks() + " active weeks before it and two churn windows of " + p.churnWeeks()
                    + " weeks after it.", "Use a shorter churn window or fewer active weeks.", null);
        }

        long threshold = (long) Math.ceil(BUCKETS * Math.min(1.0, (double) p.trainingSample() / Math.max(1, customers)));
        String sample = threshold >= BUCKETS ? null
                : "hash(t.customer_id, " + p.seed() + ") % " + BUCKETS + " < " + threshold;
        String trainingSql = ChurnFeatures.cte(training, p.activeWeeks(), averagePrice, meanAge, sample)
                + " SELECT f.customer_id, " + ChurnFeatures.selectFeatures() + ", n.customer_id IS NULL AS churned"
                + " FROM f LEFT JOIN (" + ChurnFeatures.buyersBetween(training, evaluation) + ") n ON n.customer_id = f.customer_id"
                + " ORDER BY f.customer_id";
        sql.add(trainingSql);
        Table trainingRows = queries.run(trainingSql, 2 * p.trainingSample(), TIME);
        long trainingChurners = 0;
        for (int i = 0; i < trainingRows.size(); i++) {
            trainingChurners += trainingRows.number(i, "churned", 0) > 0 ? 1 : 0;
        }
        if (trainingChurners == 0 || trainingChurners == trainingRows.size()) {
            throw new ProblemException(Problem.Kind.NO_DATA, "At the training cutoff " + training + ", " + trainingRows.size()
                    + " active customers include " + (trainingChurners == 0 ? "no churners" : "no one who stayed")
                    + ": there is nothing to learn.", "Use another churn window.", trainingSql);
        }
        ChurnModel model = ChurnModel.train(trainingRows);

        Evaluation eval = evaluate(model, evaluation, scoring, p, averagePrice, meanAge, sql);
        String probability = model.probabilitySql();
        String scoringSql = ChurnFeatures.cte(scoring, p.activeWeeks(), averagePrice, meanAge, null)
                + ", scored AS (SELECT f.*, " + probability + " AS risk FROM f)"
                + " SELECT customer_id, risk, " + ChurnFeatures.selectFeatures() + ", "
                + String.join(", ", ChurnFeatures.FEATURES.stream().map(ChurnFeatures.Feature::raw).toList())
                + ", count(*) OVER () AS active_customers, sum(risk) OVER () AS expected_churners"
                + " FROM scored ORDER BY risk DESC, customer_id LIMIT " + p.top();
        sql.add(scoringSql);
        Table current = queries.run(scoringSql, p.top(), TIME);
        if (current.size() == 0) {
            throw new ProblemException(Problem.Kind.NO_DATA, "No customer bought anything in the " + p.activeWeeks()
                    + " weeks up to " + today + ".", null, scoringSql);
        }
        List<AtRisk> atRisk = atRisk(model, current);
        String definition = "A customer who bought in the " + p.activeWeeks() + " weeks before a cutoff churns if they buy nothing"
                + " in the " + p.churnWeeks() + " weeks after it.";
        List<String> notes = List.of(
                "Trained at " + training + " on " + trainingRows.size() + " customers" + (sample == null ? "" : " (a deterministic hash sample)")
                        + ", evaluated at " + evaluation + " on every active customer, with labels from weeks the model never saw.",
                "The current risk is for the " + p.churnWeeks() + " weeks after " + today + ", from the model trained at " + training
                        + " (the one evaluated), applied to features at " + scoring + ".",
                "A logistic regression with a mild ridge penalty on standardised features; a driver's contribution is its"
                        + " coefficient times the customer's standardised value, the change in log-odds against an average customer.");
        return new ChurnResult.ChurnRisk(definition, today, training, trainingRows.size(), (double) trainingChurners / trainingRows.size(),
                eval, model.intercept(), model.coefficients(), current.whole(0, "active_customers"),
                current.number(0, "expected_churners", 0), atRisk, notes, sql);
    }

    /** AUC (with mid-ranks for ties), precision in the top decile and the recency-only AUC, all in one DuckDB query. */
    private Evaluation evaluate(ChurnModel model, LocalDate cutoff, LocalDate end, ChurnParams p, double averagePrice, double meanAge,
            List<String> sql) {
        // AUC and the top decile from one sort over the distinct risks: each group's churners
        // outrank the stayers below it and tie with half of those level with it.
        String evalSql = ChurnFeatures.cte(cutoff, p.activeWeeks(), averagePrice, meanAge, null)
                + ", scored AS (SELECT f.recency_days, " + model.probabilitySql() + " AS risk,"
                + " (n.customer_id IS NULL)::INTEGER AS churned FROM f LEFT JOIN (" + ChurnFeatures.buyersBetween(cutoff, end)
                + ") n ON n.customer_id = f.customer_id),"
                + " by_risk AS (" + cumulative("risk") + "),"
                + " by_recency AS (" + cumulative("recency_days") + ")"
                + " SELECT sum(n) AS customers, sum(pos) AS churned, " + aucSql() + " AS auc,"
                + " (SELECT " + aucSql() + " FROM by_recency) AS auc_recency,"
                + " min_by((total_pos - pos_below) / (total - n_below), total - n_below)"
                + " FILTER (WHERE total - n_below >= total / 10.0) AS precision_top_decile"
                + " FROM by_risk";
        sql.add(evalSql);
        Table t = queries.run(evalSql, 1, TIME);
        long n = t.whole(0, "customers");
        long churned = t.whole(0, "churned");
        if (n == 0 || churned == 0 || churned == n) {
            throw new ProblemException(Problem.Kind.NO_DATA, "At the evaluation cutoff " + cutoff + ", " + n + " active customers include "
                    + (churned == 0 ? "no churners" : "no one who stayed") + ": the model cannot be evaluated.", null, evalSql);
        }
        double rate = (double) churned / n;
        double precision = t.number(0, "precision_top_decile", 0);
        return new Evaluation(cutoff, n, rate, t.number(0, "auc", Double.NaN), t.number(0, "auc_recency", Double.NaN), precision,
                precision / rate);
    }

    /**
     * The rows of {@code scored} grouped by {@code score}: n cases and pos churners per distinct
     * score, with the cases and churners below it and the totals.
     */
    static String cumulative(String score) {
        return "SELECT " + score + " AS score, count(*) AS n, sum(churned) AS pos,"
                + " coalesce(sum(count(*)) OVER (ORDER BY " + score + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS n_below,"
                + " coalesce(sum(sum(churned)) OVER (ORDER BY " + score
                + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS pos_below,"
                + " sum(count(*)) OVER () AS total, sum(sum(churned)) OVER () AS total_pos"
                + " FROM scored GROUP BY " + score;
    }

    /**
     * ROC AUC over rows of {@link #cumulative}: the Mann-Whitney statistic, each churner
     * beating the stayers with a lower score and tying with those with the same one.
     */
    static String aucSql() {
        return "sum(pos * ((n_below - pos_below) + (n - pos) / 2.0)) / (sum(pos)::DOUBLE * (sum(n) - sum(pos)))";
    }

    private static List<AtRisk> atRisk(ChurnModel model, Table current) {
        double[][] x = ChurnModel.features(current);
        List<AtRisk> out = new ArrayList<>();
        int p = ChurnFeatures.FEATURES.size();
        for (int i = 0; i < current.size(); i++) {
            double[] raw = new double[p];
            for (int j = 0; j < p; j++) {
                raw[j] = current.number(i, ChurnFeatures.FEATURES.get(j).raw(), 0);
            }
            out.add(new AtRisk(current.text(i, "customer_id"), current.number(i, "risk", 0), current.whole(i, "recency_days"),
                    current.whole(i, "visits_13w"), current.whole(i, "visits_prev_13w"), model.drivers(x[i], raw)));
        }
        return out;
    }
}
