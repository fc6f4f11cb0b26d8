package com.shopsight.agent.eval;

import static com.shopsight.agent.eval.Tables.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.answer.Table;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExecutionMatchTest {
    private static final Table GOLD = Tables.of("product_type_name, units",
            row("Trousers", 120L), row("Dress", 80L), row("Sweater", 80L));

    private static TableMatch unordered(Table gold, Table actual) {
        return ExecutionMatch.compare(gold, false, actual, Tolerance.DEFAULT);
    }

    private static TableMatch ordered(Table gold, Table actual) {
        return ExecutionMatch.compare(gold, true, actual, Tolerance.DEFAULT);
    }

    @Test
    void matches_the_same_table_strictly() {
        assertThat(unordered(GOLD, GOLD)).isEqualTo(new TableMatch.Strict(java.util.List.of("product_type_name", "units")));
    }

    @Test
    void pairs_columns_by_their_values_not_their_positions() {
        Table permuted = Tables.of("units, product_type_name", row(120, "Trousers"), row(80, "Dress"), row(80, "Sweater"));

        assertThat(unordered(GOLD, permuted)).isEqualTo(new TableMatch.Strict(java.util.List.of("product_type_name", "units")));
    }

    @Test
    void pairs_columns_by_their_values_not_their_names() {
        Table renamed = Tables.of("type, sold", row("Trousers", 120), row("Dress", 80), row("Sweater", 80));

        assertThat(unordered(GOLD, renamed)).isEqualTo(new TableMatch.Strict(java.util.List.of("type", "sold")));
    }

    @Test
    void takes_rows_in_any_order_when_the_gold_query_does_not_order() {
        Table reordered = Tables.of("product_type_name, units", row("Sweater", 80), row("Trousers", 120), row("Dress", 80));

        assertThat(unordered(GOLD, reordered).strict()).isTrue();
    }

    @Test
    void wants_the_gold_order_when_the_gold_query_orders() {
        Table reordered = Tables.of("product_type_name, units", row("Sweater", 80), row("Trousers", 120), row("Dress", 80));

        assertThat(ordered(GOLD, GOLD).strict()).isTrue();
        assertThat(ordered(GOLD, reordered)).isEqualTo(
                new TableMatch.Mismatch("the right rows in another order (the gold query orders them)"));
    }

    @Test
    void counts_duplicate_rows() {
        Table gold = Tables.of("colour", row("Black"), row("Black"), row("White"));

        assertThat(unordered(gold, Tables.of("c", row("White"), row("Black"), row("Black"))).strict()).isTrue();
        assertThat(unordered(gold, Tables.of("c", row("Black"), row("White"), row("White"))))
                .isInstanceOf(TableMatch.Mismatch.class);
    }

    @Test
    void compares_numbers_within_the_tolerance_whatever_their_type() {
        Table gold = Tables.of("revenue, share", row(0.1 + 0.2, new BigDecimal("0.25")));

        assertThat(unordered(gold, Tables.of("r, s", row(0.3, 0.25f))).strict()).isTrue();
        assertThat(unordered(gold, Tables.of("r, s", row(0.30000001, 0.25))).strict()).isTrue();
        assertThat(unordered(gold, Tables.of("r, s", row(0.3003, 0.25))).lenient()).isFalse();
        assertThat(ExecutionMatch.compare(gold, false, Tables.of("r, s", row(0.3003, 0.25)), new Tolerance(0.01, 0))
                .strict()).isTrue();
    }

    @Test
    void reads_integers_and_their_text_and_dates_and_timestamps_at_midnight_as_the_same_values() {
        Table gold = Tables.of("year, week, units", row(2019L, Timestamp.valueOf("2019-06-03 00:00:00"), 7L));
        Table asJson = Tables.of("year, week, units", row("2019", "2019-06-03", 7.0));
        Table asDates = Tables.of("year, week, units", row(2019, LocalDate.of(2019, 6, 3), new BigDecimal("7")));

        assertThat(unordered(gold, asJson).strict()).isTrue();
        assertThat(unordered(gold, asDates).strict()).isTrue();
    }

    @Test
    void compares_text_trimmed_and_regardless_of_case() {
        Table gold = Tables.of("channel, units", row("online", 7L), row("in store", 3L));

        assertThat(unordered(gold, Tables.of("channel, units", row("Online ", 7), row("In store", 3))).strict()).isTrue();
        assertThat(unordered(gold, Tables.of("channel, units", row("web", 7), row("In store", 3))).lenient()).isFalse();
    }

    @Test
    void matches_null_only_with_null() {
        Table gold = Tables.of("age_band, customers", row(null, 12L), row("<25", 30L));

        assertThat(unordered(gold, Tables.of("band, n", row("<25", 30), row(null, 12))).strict()).isTrue();
        assertThat(unordered(gold, Tables.of("band, n", row("<25", 30), row("", 12))).lenient()).isFalse();
        assertThat(unordered(gold, Tables.of("band, n", row("<25", 30), row(0, 12))).lenient()).isFalse();
    }

    @Test
    void allows_extra_columns_only_under_the_lenient_score() {
        Table wider = Tables.of("rank, product_type_name, units, share",
                row(1, "Trousers", 120, 0.43), row(2, "Dress", 80, 0.29), row(3, "Sweater", 80, 0.29));

        TableMatch match = unordered(GOLD, wider);

        assertThat(match).isEqualTo(new TableMatch.Lenient(java.util.List.of("product_type_name", "units"),
                java.util.List.of("rank", "share")));
        assertThat(match.strict()).isFalse();
        assertThat(match.lenient()).isTrue();
    }

    @Test
    void refuses_extra_or_missing_rows_under_both_scores() {
        Table more = Tables.of("product_type_name, units",
                row("Trousers", 120), row("Dress", 80), row("Sweater", 80), row("Top", 10));
        Table fewer = Tables.of("product_type_name, units", row("Trousers", 120), row("Dress", 80));

        assertThat(unordered(GOLD, more)).isEqualTo(new TableMatch.Mismatch("expected 3 rows, the answer has 4"));
        assertThat(unordered(GOLD, fewer)).isEqualTo(new TableMatch.Mismatch("expected 3 rows, the answer has 2"));
    }

    @Test
    void refuses_a_table_with_fewer_columns_than_the_gold_one() {
        Table narrow = Tables.of("product_type_name", row("Trousers"), row("Dress"), row("Sweater"));

        assertThat(unordered(GOLD, narrow)).isEqualTo(new TableMatch.Mismatch(
                "expected 2 columns (product_type_name, units), the answer has 1 (product_type_name)"));
    }

    @Test
    void matches_empty_results_of_the_same_width() {
        Table empty = Tables.of("product_type_name, units");

        assertThat(unordered(empty, Tables.of("a, b")).strict()).isTrue();
        assertThat(unordered(empty, Tables.of("a, b, c")).strict()).isFalse();
        assertThat(unordered(empty, Tables.of("a, b, c")).lenient()).isTrue();
        assertThat(unordered(empty, Tables.of("a", row("x"))).lenient()).isFalse();
        assertThat(unordered(empty, Tables.of("a, b", row("x", 1)))).isEqualTo(
                new TableMatch.Mismatch("expected 0 rows, the answer has 1"));
    }

    @Test
    void says_which_value_is_off_in_an_answer_that_looks_right() {
        Table close = Tables.of("product_type_name, units", row("Trousers", 120), row("Dress", 81), row("Sweater", 80));

        TableMatch match = ordered(GOLD, close);

        assertThat(match).isEqualTo(new TableMatch.Mismatch("no column of the answer holds the values of units;"
                + " closest is units, with 2 of 3 values equal (row 2: expected 80, found 81)"));
    }

    @Test
    void finds_the_pairing_that_keeps_rows_together_when_columns_hold_the_same_values() {
        Table gold = Tables.of("units, colour", row(1, "Black"), row(2, "White"));
        Table actual = Tables.of("buyers, units, colour", row(2, 1, "Black"), row(1, 2, "White"));

        assertThat(unordered(gold, actual)).isEqualTo(
                new TableMatch.Lenient(java.util.List.of("units", "colour"), java.util.List.of("buyers")));
    }

    @Test
    void refuses_columns_whose_values_are_all_there_but_in_other_rows() {
        Table gold = Tables.of("colour, units", row("Black", 1), row("White", 2));
        Table swapped = Tables.of("colour, units", row("Black", 2), row("White", 1));

        assertThat(unordered(gold, swapped)).isEqualTo(new TableMatch.Mismatch(
                "every gold column's values are in the answer, but not together in the same rows"));
    }

    @Test
    void refuses_a_missing_table() {
        assertThat(unordered(GOLD, null)).isEqualTo(new TableMatch.Mismatch("the answer has no table"));
    }
}
