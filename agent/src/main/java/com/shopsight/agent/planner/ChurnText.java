package com.shopsight.agent.planner;

import com.shopsight.tools.churn.AtRisk;
import com.shopsight.tools.churn.ChurnParams;
import com.shopsight.tools.churn.ChurnResult;
import com.shopsight.tools.churn.Evaluation;
import java.util.Locale;

/** The words of a churn answer, every figure read from the tool's result. */
final class ChurnText {
    private static final int LISTED = 5;
    private static final int ID_SHOWN = 12;

    private ChurnText() {}

    static String of(ChurnResult.ChurnRisk r, ChurnParams p) {
        Evaluation e = r.evaluation();
        StringBuilder sb = new StringBuilder("**Customers most at risk of churning** (buying nothing in the ")
                .append(p.churnWeeks()).append(" weeks after ").append(r.today()).append("): of ")
                .append(String.format(Locale.ROOT, "%,d", r.activeCustomers())).append(" customers active in the last ")
                .append(p.activeWeeks()).append(" weeks, about ")
                .append(String.format(Locale.ROOT, "%,.0f", r.expectedChurners())).append(" are expected to churn.\n\n")
                .append("How well the model ranks: trained at ").append(r.trainingCutoff()).append(" and checked at ")
                .append(e.cutoff()).append(" on weeks it never saw, ROC AUC **")
                .append(String.format(Locale.ROOT, "%.2f", e.auc())).append("** (days since the last purchase alone: ")
                .append(String.format(Locale.ROOT, "%.2f", e.aucRecencyOnly())).append("); the tenth it ranked riskiest churned at ")
                .append(Numbers.percent(e.precisionTopDecile())).append(" against ").append(Numbers.percent(e.churnRate()))
                .append(" overall (lift ").append(String.format(Locale.ROOT, "%.1f", e.liftTopDecile())).append(").\n\n")
                .append("Highest risk now:\n\n");
        int i = 1;
        for (AtRisk a : r.atRisk().subList(0, Math.min(LISTED, r.atRisk().size()))) {
            sb.append(i++).append(". `").append(shortId(a.customerId())).append("` **").append(Numbers.percent(a.risk()))
                    .append("**: last purchase ").append(a.daysSinceLastPurchase())
                    .append(a.daysSinceLastPurchase() == 1 ? " day ago, " : " days ago, ")
                    .append(a.visitsLast13Weeks()).append(a.visitsLast13Weeks() == 1 ? " visit" : " visits")
                    .append(" in the last 13 weeks (")
                    .append(a.visitsPrevious13Weeks()).append(" in the 13 before)");
            if (!a.drivers().isEmpty()) {
                sb.append("; driven by ").append(a.drivers().get(0).feature());
            }
            sb.append('\n');
        }
        if (r.atRisk().size() > LISTED) {
            sb.append("\n…and ").append(r.atRisk().size() - LISTED).append(" more in the table.");
        }
        return sb.toString().strip();
    }

    private static String shortId(String id) {
        return id.length() <= ID_SHOWN ? id : id.substring(0, ID_SHOWN) + "…";
    }
}
