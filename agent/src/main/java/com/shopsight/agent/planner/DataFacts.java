package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.LearnedValues;
import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.gate.GateResult;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.QueryLimits;
import com.shopsight.tools.gate.Rejected;
import com.shopsight.tools.gate.Rows;
import com.shopsight.tools.gate.SqlGate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the planner reads from the data once, through the gate, when it starts: every value of
 * each categorical dimension (what words like "trousers" resolve to) and the data's calendar.
 */
record DataFacts(LearnedValues values, DataCalendar calendar) {
    private static final QueryLimits LIMITS = new QueryLimits(QueryLimits.MAX_ROWS, java.time.Duration.ofSeconds(60));
    private static final QueryContext CONTEXT = QueryContext.of("planner");

    /** Reads the values of every dimension that is a plain column of articles or customers. */
    static DataFacts read(SqlGate gate, SemanticModel model) {
        List<String> parts = new ArrayList<>();
        for (SemanticModel.Dimension d : model.dimensions()) {
            if (d.column() == null || d.entity() == null) {
                continue;
            }
            SemanticModel.Entity e = model.entity(d.entity()).orElseThrow();
            parts.add("SELECT " + SqlParts.literal(d.name()) + " AS dimension, " + d.column() + " AS value FROM "
                    + e.name() + " " + e.alias() + " WHERE " + d.column() + " IS NOT NULL GROUP BY " + d.column());
        }
        Rows values = rows(gate, String.join("\nUNION ALL\n", parts) + "\nORDER BY 1, 2");
        Map<String, List<String>> byDimension = new LinkedHashMap<>();
        for (List<Object> row : values.rows()) {
            byDimension.computeIfAbsent((String) row.get(0), k -> new ArrayList<>()).add(String.valueOf(row.get(1)));
        }
        String fact = model.fact().table();
        String date = model.fact().date().replaceFirst("^\\w+\\.", "");
        Rows bounds = rows(gate, "SELECT min(" + date + ") AS first, (" + model.today() + ") AS today FROM " + fact);
        List<Object> b = bounds.rows().get(0);
        if (b.get(0) == null) {
            throw new ShopSightException("The database has no sales: " + fact + " is empty.");
        }
        return new DataFacts(new LearnedValues(byDimension), new DataCalendar((LocalDate) b.get(0), (LocalDate) b.get(1)));
    }

    private static Rows rows(SqlGate gate, String sql) {
        GateResult result = gate.run(sql, LIMITS, CONTEXT);
        if (result instanceof Rejected r) {
            // The planner's own start-up queries failing means a database of another shape.
            throw new ShopSightException("The planner cannot read the database: " + r.describe());
        }
        return (Rows) result;
    }
}
