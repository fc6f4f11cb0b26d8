package com.shopsight.agent.lexicon;

import java.util.Locale;

/** The roles of the English words around the business words (see english.yaml). */
public enum Grammar {
    TOP, BOTTOM, BY, VS, OR, COMPARE, AND, NOT, LAST, NEXT, SINCE, FROM, UNTIL, BETWEEN, UNDER, OVER, AGED,
    TWENTIES, THIRTIES, FORTIES, FIFTIES, SIXTIES, ONLY, INSTEAD, FOLLOW_UP, WHY, HOW_MANY, TREND, IT, IN, AGO, PLUS, GREETING,
    QUARTER, Q1, Q2, Q3, Q4, DESCENDING, ASCENDING;

    /** The kind named in english.yaml ("follow_up"). */
    static Grammar named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The decade an age word stands for ("twenties" -> 20), or -1. */
    public int decade() {
        return switch (this) {
            case TWENTIES -> 20;
            case THIRTIES -> 30;
            case FORTIES -> 40;
            case FIFTIES -> 50;
            case SIXTIES -> 60;
            default -> -1;
        };
    }

    /** The quarter a word stands for ("q3" -> 3), or -1. */
    public int quarter() {
        return switch (this) {
            case Q1 -> 1;
            case Q2 -> 2;
            case Q3 -> 3;
            case Q4 -> 4;
            default -> -1;
        };
    }
}
