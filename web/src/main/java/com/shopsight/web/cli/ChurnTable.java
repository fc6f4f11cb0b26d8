package com.shopsight.web.cli;

import com.shopsight.tools.churn.AtRisk;
import com.shopsight.tools.churn.ChurnResult;
import com.shopsight.tools.churn.Coefficient;
import com.shopsight.tools.churn.Evaluation;
import java.util.Locale;
import java.util.stream.Collectors;

/** Churn risk laid out for a terminal. */
final class ChurnTable {
    private ChurnTable() {}

    static String render(ChurnResult.ChurnRisk r) {
        StringBuilder s = new StringBuilder();
        Evaluation e = r.evaluation();
        s.append(r.definition()).append('\n');
        s.append(String.format(Locale.ROOT, "Today %s: %,d active customers, %s expected to churn.%n%n", r.today(), r.activeCustomers(),
                ToolOutput.num(r.expectedChurners())));
        s.append(String.format(Locale.ROOT, "Evaluation at %s (trained at %s on %,d customers, churn rate %s):%n", e.cutoff(),
                r.trainingCutoff(), r.trainingCustomers(), ToolOutput.pct(r.trainingChurnRate())));
        s.append(String.format(Locale.ROOT, "  %,d customers, churn rate %s; ROC AUC %.3f (days since the last purchase alone: %.3f);"
                + " top decile %s churners, lift %.2f%n", e.customers(), ToolOutput.pct(e.churnRate()), e.auc(), e.aucRecencyOnly(),
                ToolOutput.pct(e.precisionTopDecile()), e.liftTopDecile()));
        s.append(String.format(Locale.ROOT, "%n  %-66s %7s %10s%n", "customer", "risk", "last seen"));
        for (AtRisk a : r.atRisk()) {
            s.append(String.format(Locale.ROOT, "  %-66s %7s %7d d%n", a.customerId(), ToolOutput.pct(a.risk()), a.daysSinceLastPurchase()));
            s.append("      because: ").append(a.drivers().stream()
                    .map(d -> d.feature() + " = " + ToolOutput.num(d.value()) + String.format(Locale.ROOT, " (+%.2f)", d.contribution()))
                    .collect(Collectors.joining("; "))).append('\n');
        }
        s.append(String.format(Locale.ROOT, "%nModel: intercept %.3f; coefficients per standard deviation:%n", r.intercept()));
        for (Coefficient c : r.coefficients()) {
            s.append(String.format(Locale.ROOT, "  %+7.3f  %s%n", c.coefficient(), c.feature()));
        }
        ToolOutput.notesAndSql(s, r.notes(), r.sql());
        return s.toString();
    }
}
