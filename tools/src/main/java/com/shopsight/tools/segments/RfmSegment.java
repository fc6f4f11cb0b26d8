package com.shopsight.tools.segments;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The named RFM segments and the rule that assigns them. A customer's recency score R and
 * the rounded mean of the frequency and monetary scores, FM = round((F + M) / 2) half up,
 * pick one cell of this grid, so every customer gets exactly one segment:
 *
 * <pre>
 *  R \ FM   1               2                    3                    4                5
 *  5        New             Potential loyalists  Potential loyalists  Champions        Champions
 *  4        Promising       Potential loyalists  Potential loyalists  Loyal            Champions
 *  3        Hibernating     Need attention       Need attention       Loyal            Loyal
 *  2        Hibernating     Hibernating          At risk              At risk          Can't lose
 *  1        Lost            Lost                 At risk              At risk          Can't lose
 * </pre>
 *
 * The common ten-name scheme (the "About to sleep" of some versions folds into Hibernating).
 */
public enum RfmSegment {
    CHAMPIONS("Champions", "bought recently, buy often and spend the most"),
    LOYAL("Loyal", "buy regularly and spend well"),
    POTENTIAL_LOYALISTS("Potential loyalists", "recent customers with a few purchases and average spend"),
    NEW("New", "bought for the first time only just now"),
    PROMISING("Promising", "recent first-time or low-spend customers"),
    NEED_ATTENTION("Need attention", "average on all three, and slipping"),
    AT_RISK("At risk", "spent well and came often, but not for a while"),
    CANT_LOSE("Can't lose", "used to be among the best customers, and have not come back for long"),
    HIBERNATING("Hibernating", "few, small and not recent purchases"),
    LOST("Lost", "lowest on all three");

    /** GRID[5 - R][FM - 1]. */
    private static final RfmSegment[][] GRID = {
        {NEW, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, CHAMPIONS, CHAMPIONS},
        {PROMISING, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, LOYAL, CHAMPIONS},
        {HIBERNATING, NEED_ATTENTION, NEED_ATTENTION, LOYAL, LOYAL},
        {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},
        {LOST, LOST, AT_RISK, AT_RISK, CANT_LOSE},
    };

    private final String label;
    private final String meaning;

    RfmSegment(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    @JsonValue
    public String label() {
        return label;
    }

    /** What the customers in this segment have in common, in words. */
    public String meaning() {
        return meaning;
    }

    /** The segment of recency score {@code r} and frequency-monetary score {@code fm}, both 1 to 5. */
    public static RfmSegment of(int r, int fm) {
        if (r < 1 || r > 5 || fm < 1 || fm > 5) {
            throw new IllegalArgumentException("RFM scores run from 1 to 5, not R " + r + ", FM " + fm);
        }
        return GRID[5 - r][fm - 1];
    }

    /** The segment named {@code label} ("Can't lose"). */
    public static RfmSegment ofLabel(String label) {
        for (RfmSegment s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        throw new IllegalArgumentException("No RFM segment called '" + label + "'");
    }

    /** The rule as text, for results: "Champions: R 5 and FM 4-5, or R 4 and FM 5". */
    public String rule() {
        List<String> parts = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            List<Integer> fms = new ArrayList<>();
            for (int fm = 1; fm <= 5; fm++) {
                if (GRID[5 - r][fm - 1] == this) {
                    fms.add(fm);
                }
            }
            if (!fms.isEmpty()) {
                String range = fms.size() == 1 ? "" + fms.get(0) : fms.get(0) + "-" + fms.get(fms.size() - 1);
                parts.add("R " + r + " and FM " + range);
            }
        }
        return String.join(", or ", parts);
    }

    /**
     * A SQL CASE over integer columns {@code r} and {@code fm} that names the segment, one WHEN
     * per segment listing its cells as r * 10 + fm.
     */
    static String caseSql(String r, String fm) {
        StringBuilder sb = new StringBuilder("CASE");
        for (RfmSegment s : values()) {
            List<String> cells = new ArrayList<>();
            for (int ri = 5; ri >= 1; ri--) {
                for (int f = 1; f <= 5; f++) {
                    if (GRID[5 - ri][f - 1] == s) {
                        cells.add(Integer.toString(ri * 10 + f));
                    }
                }
            }
            sb.append(" WHEN ").append(r).append(" * 10 + ").append(fm).append(" IN (")
                    .append(cells.stream().collect(Collectors.joining(", "))).append(") THEN '")
                    .append(s.label.replace("'", "''")).append("'");
        }
        return sb.append(" END").toString();
    }
}
