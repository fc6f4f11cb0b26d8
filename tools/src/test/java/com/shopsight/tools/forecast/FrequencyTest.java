package com.shopsight.tools.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrequencyTest {
    private static final LocalDate THURSDAY = LocalDate.of(2018, 9, 20);

    @Test
    void periods_start_where_duckdbs_date_trunc_starts_them() {
        assertThat(Frequency.WEEK.start(THURSDAY)).isEqualTo(LocalDate.of(2018, 9, 17));
        assertThat(Frequency.MONTH.start(THURSDAY)).isEqualTo(LocalDate.of(2018, 9, 1));
        assertThat(Frequency.QUARTER.start(THURSDAY)).isEqualTo(LocalDate.of(2018, 7, 1));
        assertThat(Frequency.YEAR.start(THURSDAY)).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(Frequency.WEEK.end(LocalDate.of(2020, 9, 21))).isEqualTo(LocalDate.of(2020, 9, 27));
    }

    @Test
    void periods_between_two_starts_are_counted_and_off_grid_dates_are_flagged() {
        assertThat(Frequency.MONTH.periodsBetween(LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 1))).isEqualTo(3);
        assertThat(Frequency.QUARTER.periodsBetween(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 4, 1))).isEqualTo(5);
        assertThat(Frequency.WEEK.periodsBetween(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 1, 15))).isEqualTo(-1);
    }

    @Test
    void the_spacing_of_periods_tells_the_frequency() {
        assertThat(Frequency.ofGap(7)).isEqualTo(Frequency.WEEK);
        assertThat(Frequency.ofGap(28)).isEqualTo(Frequency.MONTH);
        assertThat(Frequency.ofGap(92)).isEqualTo(Frequency.QUARTER);
        assertThat(Frequency.ofGap(3)).isNull();
    }

    @Test
    void names_parse_in_any_form_and_unknown_ones_are_refused() {
        assertThat(Frequency.parse("Monthly")).isEqualTo(Frequency.MONTH);
        assertThat(Frequency.parse("daily")).isEqualTo(Frequency.DAY);
        assertThatThrownBy(() -> Frequency.parse("fortnight")).hasMessageContaining("use day, week, month, quarter or year");
    }
}
