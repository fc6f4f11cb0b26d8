package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.segments.Cluster;
import com.shopsight.tools.segments.ProfileRow;
import com.shopsight.tools.segments.RfmGroup;
import com.shopsight.tools.segments.SegmentsParams;
import com.shopsight.tools.segments.SegmentsResult;
import com.shopsight.tools.segments.SegmentsTool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Answers "who buys bikini tops", "RFM segments" and "customer personas" with the segments
 * tool: a buyer profile when the words ask who buys or a product is named, RFM segments when
 * they ask for RFM (or segments of no product), behavioural clusters when they ask for
 * personas or clusters. Conditions the tool's scope cannot hold are named as left out.
 */
final class SegmentsExecutor implements ToolExecutor {
    static final String TOOL = "segments";

    private final SqlGate gate;
    private final Labels labels;
    private final ToolScope.Reader scopes;
    private final ToolCharts charts;
    private final ObjectMapper json;

    SegmentsExecutor(SqlGate gate, Labels labels, ToolScope.Reader scopes, ToolCharts charts, ObjectMapper json) {
        this.gate = gate;
        this.labels = labels;
        this.scopes = scopes;
        this.charts = charts;
        this.json = json;
    }

    @Override
    public Execution run(SemanticQuery q, String understood, QueryContext context, AnswerListener listener) {
        ToolScope scope = scopes.read(q.conditions(), q.time());
        SegmentsParams p = params(q.tool().analysis(), scope.scope());
        JsonNode input = json.valueToTree(p);
        ToolCall<SegmentsResult> call = ToolCall.run(TOOL, input, listener, () -> new SegmentsTool(gate, context).run(p));
        List<String> notices = new ArrayList<>(LeftOut.notices("segments", scope, q, labels));
        SegmentsResult r = call.result();
        if (r instanceof SegmentsResult.Failed failed) {
            Step step = call.finish(TOOL, input, failed.sql(), null, failed.problem().describe(), listener);
            String hint = failed.problem().hint() == null ? "" : " " + failed.problem().hint();
            return new Execution("I could not segment those customers: " + failed.problem().message() + hint, List.of(step),
                    null, null, ForecastExecutor.last(failed.sql()), notices, false);
        }
        Table table;
        String text;
        JsonNode chart;
        List<String> notes;
        if (r instanceof SegmentsResult.BuyerProfile b) {
            table = profile(byIndex(b.rows()));
            text = SegmentsText.profile(b);
            chart = charts.ranking(profile(b.highlights()), "trait", "index", "Who buys " + b.scope() + ": index against all customers");
            notes = b.notes();
        } else if (r instanceof SegmentsResult.Rfm rfm) {
            table = rfm(rfm.segments());
            text = SegmentsText.rfm(rfm);
            chart = charts.ranking(table, "segment", "customers", "RFM segments, " + rfm.scope());
            notes = rfm.notes();
        } else {
            SegmentsResult.Clusters c = (SegmentsResult.Clusters) r;
            table = clusters(c.clusters());
            text = SegmentsText.clusters(c);
            chart = charts.ranking(table, "persona", "share", "Customer clusters, " + c.scope());
            notes = c.notes();
        }
        Step step = call.finish(TOOL, input, r.sql(), table.rows().size(), null, listener);
        notices.addAll(notes);
        return new Execution(text, List.of(step), table, chart, ForecastExecutor.last(r.sql()), notices, true);
    }

    /** The analysis the words asked for; without one (a turn kept by an older version), who buys a product, else RFM. */
    static SegmentsParams params(String analysis, Scope scope) {
        String chosen = analysis != null ? analysis : scope.attributes().isEmpty() ? ToolAnalysis.RFM : ToolAnalysis.BUYERS;
        return switch (chosen) {
            case ToolAnalysis.RFM -> SegmentsParams.rfm(scope);
            case ToolAnalysis.CLUSTERS -> SegmentsParams.clusters(scope);
            default -> SegmentsParams.buyers(scope);
        };
    }

    /** The traits, most over-represented first, as a ranking reads; traits without an index last. */
    static List<ProfileRow> byIndex(List<ProfileRow> rows) {
        return rows.stream().sorted(Comparator.comparing(ProfileRow::index,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
    }

    static Table profile(List<ProfileRow> rows) {
        List<List<Object>> out = new ArrayList<>();
        for (ProfileRow r : rows) {
            out.add(Arrays.asList(r.dimension() + " " + r.value(), r.dimension(), r.value(), r.buyers(), r.buyerShare(),
                    r.customers(), r.customerShare(), r.index()));
        }
        return ToolTables.of(List.of("trait VARCHAR", "dimension VARCHAR", "value VARCHAR", "buyers BIGINT",
                "buyer_share DOUBLE", "customers BIGINT", "customer_share DOUBLE", "index DOUBLE"), out);
    }

    static Table rfm(List<RfmGroup> groups) {
        List<List<Object>> out = new ArrayList<>();
        for (RfmGroup g : groups) {
            out.add(Arrays.asList(g.segment().label(), g.customers(), g.share(), g.revenue(), g.revenueShare(),
                    g.medianRecencyDays(), g.medianFrequency(), g.medianMonetary(), g.averageAge(), g.onlineShare(),
                    g.topAgeBand(), g.rule()));
        }
        return ToolTables.of(List.of("segment VARCHAR", "customers BIGINT", "share DOUBLE", "revenue DOUBLE",
                "revenue_share DOUBLE", "median_recency_days DOUBLE", "median_frequency DOUBLE", "median_monetary DOUBLE",
                "average_age DOUBLE", "online_share DOUBLE", "top_age_band VARCHAR", "rule VARCHAR"), out);
    }

    static Table clusters(List<Cluster> clusters) {
        List<List<Object>> out = new ArrayList<>();
        for (Cluster c : clusters) {
            out.add(Arrays.asList(c.cluster(), c.persona(), c.share(), c.estimatedCustomers(), c.medianRecencyDays(),
                    c.medianFrequency(), c.medianMonetary(), c.averageAge(), c.onlineShare(), c.topIndexGroup()));
        }
        return ToolTables.of(List.of("cluster INTEGER", "persona VARCHAR", "share DOUBLE", "estimated_customers BIGINT",
                "median_recency_days DOUBLE", "median_frequency DOUBLE", "median_monetary DOUBLE", "average_age DOUBLE",
                "online_share DOUBLE", "top_index_group VARCHAR"), out);
    }
}
