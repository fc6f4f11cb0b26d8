package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each corrector as a table: a query in, the corrected query out (in words). */
class CorrectorsTest {
    static final TimeReader TIME = new TimeReader(Stages.CALENDAR);
    static final Condition TROUSERS = new Condition.Values("product_type", List.of("Trousers"), false);
    static final Condition CLUB = new Condition.Named("club_members", "club", false);
    static final Condition ONLINE = new Condition.Named("online", "channel", false);

    static SemanticQuery q(String metric) {
        return SemanticQuery.of(metric);
    }

    static Stream<Arguments> corrections() {
        return Stream.of(
                Arguments.of(new EntityCorrector(Stages.MODEL), q("customers").withConditions(List.of(CLUB)).reshaped(),
                        "customers, club members, all time"),
                Arguments.of(new EntityCorrector(Stages.MODEL), q("customers").withDimensions(List.of("product_type")).reshaped(),
                        "buyers, by product type, all time"),
                Arguments.of(new EntityCorrector(Stages.MODEL), q("customers").withTime(TIME.trailing(4, "weeks")).reshaped(),
                        "buyers, last 4 weeks (2020-08-26 to 2020-09-22)"),
                Arguments.of(new EntityCorrector(Stages.MODEL), q("articles").withConditions(List.of(ONLINE)).reshaped(),
                        "units sold, online, all time"),
                Arguments.of(new EntityCorrector(Stages.MODEL), q("articles").withConditions(List.of(TROUSERS)).reshaped(),
                        "articles, product type Trousers, all time"),
                Arguments.of(new RankingCorrector(Stages.MODEL), q("units").withRanking(5, false).reshaped(),
                        "units sold, top 5 products, all time"),
                Arguments.of(new RankingCorrector(Stages.MODEL), q("units").withDimensions(List.of("product_type"))
                        .withConditions(List.of(TROUSERS)).withRanking(10, false).reshaped(),
                        "units sold, top 10 products, product type Trousers, all time"),
                Arguments.of(new RankingCorrector(Stages.MODEL), q("revenue").withDimensions(List.of("department")).reshaped(),
                        "revenue, by department, all time"),
                Arguments.of(new RankingCorrector(Stages.MODEL), q("revenue").withDimensions(List.of("product")).reshaped(),
                        "revenue, top 10 products, all time"),
                Arguments.of(new RankingCorrector(Stages.MODEL), q("revenue").withDimensions(List.of("colour"))
                        .withRanking(5000, false).reshaped(), "revenue, top 1000 colours, all time"),
                Arguments.of(new RankingCorrector(Stages.MODEL), q("revenue").withDimensions(List.of("colour")).reshaped(),
                        "revenue, by colour, all time"),
                Arguments.of(new ValuesCorrector(), q("units").withConditions(List.of(new Condition.Values("colour",
                        List.of("Black", "White"), false))).reshaped(), "units sold, by colour, colour Black or White, all time"),
                Arguments.of(new ValuesCorrector(), q("units").withConditions(List.of(new Condition.Values("colour",
                        List.of("Black", "White"), true))).reshaped(), "units sold, not colour Black or White, all time"),
                Arguments.of(new GrowthCorrector(TIME), q("revenue").withComparison(List.of(), true).reshaped(),
                        "revenue, this year (2020-01-01 to 2020-09-22) vs a year earlier (2019-01-01 to 2019-09-22), with the change"),
                Arguments.of(new GrowthCorrector(TIME), q("revenue").withTime(TIME.trailing(4, "weeks"))
                        .withComparison(List.of(), true).reshaped(),
                        "revenue, last 4 weeks (2020-08-26 to 2020-09-22) vs previous period (2020-07-29 to 2020-08-25), with the change"),
                Arguments.of(new GrowthCorrector(TIME), q("revenue").withDimensions(List.of("month"))
                        .withComparison(List.of(), true).reshaped(),
                        "revenue, by month, with the change from each period to the next, all time"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("corrections")
    void corrects_a_query(Corrector corrector, SemanticQuery input, String output) {
        assertThat(Stages.UNDERSTANDING.of(corrector.correct(input))).isEqualTo(output);
    }
}
