package com.shopsight.tools.segments;

import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.query.ProblemException;
import com.shopsight.tools.query.Queries;
import com.shopsight.tools.query.Table;
import com.shopsight.tools.scope.ScopeSql;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Customer segments: who buys something (a buyer profile with an index per trait), RFM scores
 * with the standard named segments, or behavioural clusters with persona names. The heavy
 * aggregation runs in DuckDB; only small tables and the clustering sample reach Java.
 */
public final class SegmentsTool {
    private final Queries queries;

    /** A tool whose queries go through {@code gate}, logged as the "tool" surface. */
    public SegmentsTool(SqlGate gate) {
        this(gate, QueryContext.of("tool"));
    }

    /** A tool whose queries go through {@code gate}, logged with the caller's {@code context}. */
    public SegmentsTool(SqlGate gate, QueryContext context) {
        this.queries = new Queries(gate, context);
    }

    /** Segments; an unknown product or an empty scope come back as {@link SegmentsResult.Failed}. */
    public SegmentsResult run(SegmentsParams p) {
        List<String> sql = new ArrayList<>();
        try {
            ScopeSql.Resolved resolved = ScopeSql.resolve(p.scope(), queries);
            if (resolved.sql() != null) {
                sql.add(resolved.sql());
            }
            return switch (p.analysis()) {
                case BUYERS -> BuyerProfiler.run(resolved.scope(), queries, sql);
                case RFM -> RfmAnalysis.run(resolved.scope(), referenceDate(p, sql), queries, sql);
                case CLUSTERS -> ClusterAnalysis.run(p, resolved.scope(), referenceDate(p, sql), queries, sql);
            };
        } catch (ProblemException e) {
            if (e.problem().sql() != null && !sql.contains(e.problem().sql())) {
                sql.add(e.problem().sql());
            }
            return new SegmentsResult.Failed(e.problem(), sql);
        }
    }

    /** The reference date asked for, or the last day of the data ("today"), or the scope's last day if earlier. */
    private LocalDate referenceDate(SegmentsParams p, List<String> sql) {
        if (p.referenceDate() != null) {
            return p.referenceDate();
        }
        String today = "SELECT max(t_dat) AS today FROM transactions";
        sql.add(today);
        Table t = queries.run(today, 1, Duration.ofSeconds(30));
        LocalDate last = t.date(0, 0);
        if (last == null) {
            throw new ProblemException(Problem.Kind.NO_DATA, "The transactions table is empty.", null, today);
        }
        LocalDate to = p.scope().to();
        return to != null && to.isBefore(last) ? to : last;
    }
}
