package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.answer.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Notices that keep a reader from taking a short period for a fall in sales. */
class PeriodNoticesTest {
    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();

    @Test
    void totals_of_a_partial_year_against_a_whole_one_are_flagged_with_the_days_each_holds() {
        Answer a = fixture.ask("revenue 2020 vs 2019");

        assertThat(a.notices()).anySatisfy(n -> assertThat(n)
                .contains("2020 has 266 (the data ends on 2020-09-22)", "2019 has 365", "not like for like",
                        "\"this year vs last year\""));
    }

    @Test
    void a_short_period_against_a_year_is_flagged_without_the_year_to_date_tip() {
        Answer a = fixture.ask("units sold last month vs 2019");

        assertThat(a.notices()).anySatisfy(n -> assertThat(n).contains("last month has 31", "2019 has 365")
                .doesNotContain("this year vs last year"));
    }

    @Test
    void averages_and_periods_of_the_same_days_are_not_flagged() {
        assertThat(fixture.ask("average price 2020 vs 2019").notices()).noneMatch(n -> n.contains("days of data"));
        assertThat(fixture.ask("revenue this year vs last year").notices()).noneMatch(n -> n.contains("days of data"));
        assertThat(fixture.ask("revenue june 2020 vs june 2019").notices()).noneMatch(n -> n.contains("days of data"));
    }
}
