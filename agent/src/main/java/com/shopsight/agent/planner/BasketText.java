package com.shopsight.agent.planner;

import com.shopsight.tools.basket.BasketResult;
import com.shopsight.tools.basket.Rule;
import java.util.Locale;

/** The words of a basket answer: each rule's support, confidence and lift said plainly, from the tool's result. */
final class BasketText {
    private static final int LISTED = 5;

    private BasketText() {}

    /**
     * @param item the item the rules start from, in words, or null for rules among all items
     * @param level what the items are, in words ("product types")
     * @param counts the baskets and those holding the item, or null without an item
     * @param chosen the conditions that chose the baskets, in words, or null
     */
    static String of(BasketResult.Mined m, String item, String level, BasketExecutor.BasketCounts counts, String chosen) {
        String baskets = "customer-day baskets (one customer's purchases on one day" + (chosen == null ? "" : ", " + chosen)
                + ")";
        StringBuilder sb = new StringBuilder();
        if (item == null) {
            sb.append("**").append(level.substring(0, 1).toUpperCase(Locale.ROOT)).append(level.substring(1))
                    .append(" bought together most strongly** across ").append(count(m.baskets())).append(' ').append(baskets);
        } else {
            sb.append("**What sells with ").append(item).append(":** ").append(count(counts.withItem())).append(" of ")
                    .append(count(m.baskets())).append(' ').append(baskets).append(" hold it");
        }
        if (m.rules().isEmpty()) {
            return sb.append(". No item is bought with ").append(item == null ? "another" : "it").append(" in ")
                    .append(count(m.minSupportCount())).append(" or more baskets, so there is no rule to show.").toString();
        }
        sb.append(".\n\n");
        int i = 1;
        for (Rule r : m.rules().subList(0, Math.min(LISTED, m.rules().size()))) {
            String from = BasketExecutor.items(r.antecedent(), m);
            String to = BasketExecutor.items(r.consequent(), m);
            sb.append(i++).append(". **").append(item == null ? from + " → " + to : to).append("**: ")
                    .append(Numbers.percent(r.confidence())).append(" of baskets with ").append(from).append(" also hold ")
                    .append(to).append(" (confidence), ").append(String.format(Locale.ROOT, "%.1f", r.lift()))
                    .append(" times as often as in baskets overall (lift); together in ").append(count(r.supportCount()))
                    .append(" baskets (support ").append(String.format(Locale.ROOT, "%.2f%%", 100 * r.support())).append(")\n");
        }
        if (m.ruleCount() > LISTED) {
            sb.append("\n").append(count(m.ruleCount())).append(" rules pass the thresholds; the table shows the strongest by lift.");
        }
        return sb.toString().strip();
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
