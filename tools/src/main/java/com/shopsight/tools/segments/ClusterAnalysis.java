package com.shopsight.tools.segments;

import com.shopsight.tools.query.Literals;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.query.ProblemException;
import com.shopsight.tools.query.Queries;
import com.shopsight.tools.query.Table;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.scope.ScopeSql;
import com.shopsight.tools.stats.Standardiser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Behavioural clusters. DuckDB computes each sampled customer's features (recency,
 * frequency, spend, age, online share and the share of purchases in each index group) over
 * the scope; Java transforms them (log of the ratio to the median for the three skewed
 * measures, mean age for a missing one), standardises them, and clusters with
 * {@link Clustering}. The index-group shares together weigh as much as two other features,
 * so the category mix informs the clusters without outvoting behaviour.
 */
final class ClusterAnalysis {
    private static final Duration TIME = Duration.ofSeconds(120);
    static final int SILHOUETTE_SAMPLE = 2_000;
    static final int MAX_GROUPS = 8;
    static final int MIN_CUSTOMERS = 50;
    /** Resolution of the hash sample: a customer is in when hash mod this is below a threshold. */
    private static final long BUCKETS = 1_000_000;

    private ClusterAnalysis() {}

    static SegmentsResult.Clusters run(SegmentsParams p, Scope scope, LocalDate reference, Queries queries, List<String> sql) {
        String ref = Literals.date(reference);
        String where = ScopeSql.where(scope, "t.t_dat <= " + ref);
        String groupsSql = "SELECT index_group_name AS name FROM articles WHERE index_group_name IS NOT NULL"
                + " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT " + MAX_GROUPS;
        sql.add(groupsSql);
        Table groupTable = queries.run(groupsSql, MAX_GROUPS, TIME);
        List<String> groups = new ArrayList<>();
        for (int r = 0; r < groupTable.size(); r++) {
            groups.add(groupTable.text(r, "name"));
        }
        // HyperLogLog: an exact count of distinct customers over all transactions costs more
        // than the clustering, and the population only sets the sample rate and scales shares.
        String populationSql = "SELECT approx_count_distinct(t.customer_id) AS population FROM " + ScopeSql.from(scope, false, false)
                + " WHERE " + where;
        sql.add(populationSql);
        long population = queries.run(populationSql, 1, TIME).whole(0, "population");
        if (population < MIN_CUSTOMERS) {
            throw new ProblemException(Problem.Kind.NO_DATA, "Only " + population + " customers bought " + scope.describe()
                    + " up to " + reference + "; clustering needs at least " + MIN_CUSTOMERS + ".", "Widen the filter.", populationSql);
        }
        long threshold = (long) Math.ceil(BUCKETS * Math.min(1.0, (double) p.sampleSize() / population));
        StringBuilder features = new StringBuilder("WITH tx AS (SELECT t.customer_id, t.t_dat, t.price, t.sales_channel_id,"
                + " a.index_group_name FROM " + ScopeSql.from(scope, true, false) + " WHERE " + where);
        if (threshold < BUCKETS) {
            features.append(" AND hash(t.customer_id, ").append(p.seed()).append(") % ")
                    .append(BUCKETS).append(" < ").append(threshold);
        }
        features.append(") SELECT tx.customer_id, ").append(ref).append(" - max(tx.t_dat) AS recency_days,")
                .append(" count(DISTINCT tx.t_dat) AS frequency, sum(tx.price) AS monetary, any_value(cu.age) AS age,")
                .append(" avg((tx.sales_channel_id = 2)::INTEGER) AS online_share");
        for (int g = 0; g < groups.size(); g++) {
            features.append(", avg((tx.index_group_name = ").append(Literals.text(groups.get(g))).append(")::INTEGER) AS share_")
                    .append(g + 1);
        }
        features.append(" FROM tx LEFT JOIN customers cu ON cu.customer_id = tx.customer_id GROUP BY tx.customer_id")
                .append(" ORDER BY tx.customer_id");
        sql.add(features.toString());
        Table rows = queries.run(features.toString(), 4 * p.sampleSize(), TIME);
        int n = rows.size();
        if (n <= p.maxClusters() * 5) {
            throw new ProblemException(Problem.Kind.NO_DATA, "The sample holds only " + n + " customers, too few for "
                    + p.maxClusters() + " clusters.", "Ask for fewer clusters or a larger sample.", features.toString());
        }
        Matrix m = Matrix.of(rows, groups);
        Clustering.Solution solution = Clustering.best(m.weighted, p.minClusters(), p.maxClusters(), p.seed(), SILHOUETTE_SAMPLE);
        List<Cluster> clusters = describe(solution, m, groups, population);
        List<String> notes = new ArrayList<>();
        notes.add(threshold < BUCKETS
                ? "Clustered a deterministic sample of " + n + " of " + population + " customers (by a hash of the customer id"
                        + " and the seed); shares and estimated sizes extend it to all of them."
                : "Clustered all " + n + " customers.");
        notes.add("Features: log of recency, frequency and spend relative to their medians, age (missing ages set to the mean: "
                + m.missingAges + " customers), online share, and the share of purchases in each index group; all standardised,"
                + " the index-group shares together weighted as two features.");
        notes.add("k = " + solution.k() + " has the highest mean silhouette (" + String.format(java.util.Locale.ROOT, "%.3f",
                solution.silhouette()) + ") of k = " + p.minClusters() + " to " + p.maxClusters() + ", measured on up to "
                + SILHOUETTE_SAMPLE + " customers; k-means++ ran " + Clustering.TRIALS + " times per k.");
        return new SegmentsResult.Clusters(scope.describe(), reference, population, n, solution.k(), solution.silhouette(),
                solution.silhouettes(), m.names, clusters, notes, sql);
    }

    private static List<Cluster> describe(Clustering.Solution s, Matrix m, List<String> groups, long population) {
        int n = m.raw.length;
        int p = m.names.size();
        List<List<Trait>> traits = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < s.k(); c++) {
            double[] z = new double[p];
            for (int j = 0; j < p; j++) {
                z[j] = s.centroids()[c][j] / m.weights[j];
            }
            List<Trait> t = Personas.traits(m.features, z);
            traits.add(t);
            names.add(Personas.name(m.features, t));
        }
        names = Personas.unique(names);
        List<Cluster> out = new ArrayList<>();
        for (int c = 0; c < s.k(); c++) {
            List<double[]> members = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (s.assignment()[i] == c) {
                    members.add(m.raw[i]);
                }
            }
            int size = members.size();
            double ageSum = 0;
            int ages = 0;
            double online = 0;
            double[] groupShare = new double[groups.size()];
            for (double[] r : members) {
                if (!Double.isNaN(r[Matrix.AGE])) {
                    ageSum += r[Matrix.AGE];
                    ages++;
                }
                online += r[Matrix.ONLINE];
                for (int g = 0; g < groups.size(); g++) {
                    groupShare[g] += r[Matrix.GROUPS + g] / size;
                }
            }
            int top = 0;
            for (int g = 1; g < groups.size(); g++) {
                top = groupShare[g] > groupShare[top] ? g : top;
            }
            double share = (double) size / n;
            out.add(new Cluster(c + 1, names.get(c), size, share, Math.round(share * population),
                    median(members, Matrix.RECENCY), median(members, Matrix.FREQUENCY), median(members, Matrix.MONETARY),
                    ages == 0 ? null : ageSum / ages, online / size, groups.isEmpty() ? null : groups.get(top),
                    groups.isEmpty() ? 0 : groupShare[top], traits.get(c)));
        }
        return out;
    }

    static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        int k = v.length;
        return k == 0 ? 0 : k % 2 == 1 ? v[k / 2] : (v[k / 2 - 1] + v[k / 2]) / 2;
    }

    /** The sample's raw features, their standardised and weighted form, and their names. */
    private static final class Matrix {
        static final int RECENCY = 0;
        static final int FREQUENCY = 1;
        static final int MONETARY = 2;
        static final int AGE = 3;
        static final int ONLINE = 4;
        static final int GROUPS = 5;

        double[][] raw;
        double[][] weighted;
        double[] weights;
        List<String> names = new ArrayList<>();
        List<Personas.Feature> features = new ArrayList<>();
        int missingAges;

        static Matrix of(Table rows, List<String> groups) {
            Matrix m = new Matrix();
            m.features.add(Personas.Feature.measure("recency days", "lapsed", "recent"));
            m.features.add(Personas.Feature.measure("frequency", "frequent", "occasional"));
            m.features.add(Personas.Feature.measure("spend", "big-spending", "low-spending"));
            m.features.add(Personas.Feature.measure("age", "older", "young"));
            m.features.add(Personas.Feature.measure("online share", "online", "in-store"));
            for (String g : groups) {
                m.features.add(Personas.Feature.share(g));
            }
            m.features.forEach(f -> m.names.add(f.name()));
            int n = rows.size();
            int p = m.features.size();
            m.raw = new double[n][p];
            String[] columns = new String[p];
            String[] base = {"recency_days", "frequency", "monetary", "age", "online_share"};
            System.arraycopy(base, 0, columns, 0, base.length);
            for (int g = 0; g < groups.size(); g++) {
                columns[GROUPS + g] = "share_" + (g + 1);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    m.raw[i][j] = rows.number(i, columns[j], Double.NaN);
                }
            }
            double[][] x = new double[n][p];
            double[] medians = new double[3];
            for (int j = 0; j < 3; j++) {
                final int col = j;
                double[] v = Arrays.stream(m.raw).mapToDouble(r -> r[col]).sorted().toArray();
                medians[j] = Math.max(v[n / 2], 1e-9);
            }
            double ageMean = Arrays.stream(m.raw).mapToDouble(r -> r[AGE]).filter(a -> !Double.isNaN(a)).average().orElse(0);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    double v = m.raw[i][j];
                    if (j < 3) {
                        v = Math.log1p(Math.max(0, v) / medians[j]);
                    } else if (j == AGE && Double.isNaN(v)) {
                        v = ageMean;
                        m.missingAges++;
                    }
                    x[i][j] = v;
                }
            }
            double[][] z = Standardiser.fit(x).apply(x);
            m.weights = new double[p];
            Arrays.fill(m.weights, 1);
            for (int g = 0; g < groups.size(); g++) {
                m.weights[GROUPS + g] = Math.sqrt(2.0 / groups.size());
            }
            m.weighted = new double[n][p];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < p; j++) {
                    m.weighted[i][j] = z[i][j] * m.weights[j];
                }
            }
            return m;
        }
    }
}
