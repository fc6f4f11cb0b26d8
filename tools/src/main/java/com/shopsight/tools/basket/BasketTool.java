package com.shopsight.tools.basket;

import com.shopsight.tools.gate.Accepted;
import com.shopsight.tools.gate.Column;
import com.shopsight.tools.gate.GateCheck;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Market-basket analysis: frequent itemsets and association rules with support, confidence,
 * lift, leverage and conviction, exact. One query through the SQL gate reads the baskets and
 * has DuckDB compress them ({@link BasketSql}); FP-growth mines the compressed baskets in
 * memory bounded by the number of distinct baskets ({@link FpGrowth}); rules come from every
 * split of every frequent itemset ({@link RuleGenerator}).
 */
public final class BasketTool {
    /** A full-scale basket query takes tens of seconds; the gate's default limit is for people's queries. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    private static final QueryContext CONTEXT = QueryContext.of("tool:basket");

    private final SqlGate gate;
    private final Duration timeout;

    public BasketTool(SqlGate gate) {
        this(gate, DEFAULT_TIMEOUT);
    }

    public BasketTool(SqlGate gate, Duration timeout) {
        this.gate = Objects.requireNonNull(gate, "gate");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** Mines the baskets; refused SQL, no baskets, an unknown item or too much data come back as {@link BasketResult.Failed}. */
    public BasketResult run(BasketParams p) {
        long start = System.nanoTime();
        if (p.baskets() instanceof Baskets.Query q) {
            BasketResult.Failed wrong = checkColumns(q.sql());
            if (wrong != null) {
                return wrong;
            }
        }
        long levelValues = 0;
        ItemLevel level = level(p.baskets());
        if (level != null && !level.isArticle()) {
            GateResult size = gate.run(BasketSql.levelSize(level), new QueryLimits(1, timeout), CONTEXT);
            if (size instanceof Rejected r) {
                return rejected(r);
            }
            levelValues = ((Number) ((Rows) size).rows().get(0).get(0)).longValue();
        }
        BasketQuery query = BasketSql.build(p.baskets(), levelValues, p.minSupport(), p.filter() == null ? null : p.filter().item());
        GateResult result = gate.run(query.sql(), new QueryLimits(QueryLimits.MAX_ROWS, timeout), CONTEXT);
        if (result instanceof Rejected r) {
            return rejected(r);
        }
        Rows rows = (Rows) result;
        if (rows.truncated()) {
            return new BasketResult.Failed(BasketResult.Reason.TOO_MANY_BASKETS,
                    String.format(Locale.ROOT, "more than %,d distinct baskets of frequent items; the miner reads at most that many",
                            QueryLimits.MAX_ROWS - 1),
                    "Raise the min support, use a coarser item level, or a shorter window.", List.of(), query.sql());
        }
        return BasketMiner.mine(p, query, rows.rows(), start);
    }

    /** A basket query must return basket_id and item; say so before running it. */
    private BasketResult.Failed checkColumns(String sql) {
        GateCheck check = gate.check(sql, CONTEXT);
        if (check instanceof Rejected r) {
            return rejected(r);
        }
        List<String> names = ((Accepted) check).columns().stream().map(Column::name).toList();
        if (!names.contains("basket_id") || !names.contains("item")) {
            return new BasketResult.Failed(BasketResult.Reason.SQL_REJECTED,
                    "the basket query returns " + String.join(", ", names) + "; it must return the columns basket_id and item",
                    "Alias the columns: SELECT <basket key> AS basket_id, <item> AS item FROM ...", List.of(), sql);
        }
        return null;
    }

    private static BasketResult.Failed rejected(Rejected r) {
        return new BasketResult.Failed(BasketResult.Reason.SQL_REJECTED, r.describe(), r.hint(), List.of(), r.sql());
    }

    private static ItemLevel level(Baskets baskets) {
        if (baskets instanceof Baskets.CustomerDay d) {
            return d.level();
        }
        if (baskets instanceof Baskets.CustomerWindow w) {
            return w.level();
        }
        return null;
    }
}
