package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import com.shopsight.tools.forecast.ForecastParams;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastRow;
import com.shopsight.tools.forecast.ForecastTool;
import com.shopsight.tools.forecast.Frequency;
import com.shopsight.tools.forecast.Metric;
import com.shopsight.tools.scope.AgeBand;
import com.shopsight.tools.scope.Channel;
import com.shopsight.tools.scope.Dimension;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.testing.Sql;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Forecast questions answered by the forecast tool: the tool runs with the scope, metric,
 * period and horizon the question asks for, and the answer's table, text and chart are the
 * tool's result (checked against the tool run directly with the same parameters).
 */
class ForecastAnswersTest {
    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();
    static final Connection hand = fixture.hand();

    /** A scope written as "product_type=Trousers; channel=online; age=<25". */
    static Scope scope(String spec) {
        Scope s = Scope.all();
        for (String part : spec.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            String key = kv[0].strip();
            String value = kv[1].strip();
            s = switch (key) {
                case "channel" -> s.withChannel(Channel.parse(value));
                case "age" -> s.withAgeBand(AgeBand.parse(value));
                default -> s.with(Dimension.valueOf(key.toUpperCase(Locale.ROOT)), value);
            };
        }
        return s;
    }

    static List<List<Object>> rows(ForecastResult.Forecast f) {
        List<List<Object>> out = new ArrayList<>();
        for (ForecastRow r : f.forecast()) {
            out.add(Arrays.asList(r.period(), r.point(), r.lo80(), r.hi80(), r.lo95(), r.hi95()));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "forecast Trousers for the next 4 weeks | product_type=Trousers | units | week | 4",
        "forecast pants | product_type=Trousers | units | week | 4",
        "forcast dresses | product_type=Dress | units | week | 4",
        "can you predict how many trousres we'll sell over the next 6 weeks? | product_type=Trousers | units | week | 6",
        "predict demand for sneakers over the next 8 weeks, please | product_type=Sneakers | units | week | 8",
        "forecast revenue of ladieswear online next month | index_group=Ladieswear; channel=online | revenue | month | 1",
        "weekly forecast of swimwear for the next 2 months | product_group=Swimwear | units | week | 9",
        "forecast sales to young customers monthly for the next 3 months | age=<25 | units | month | 3",
        "what's the outlook for hoodies next year | product_type=Hoodie | units | month | 12",
        "how much will we sell in the next 10 days | '' | units | day | 10",
    })
    void runs_the_forecast_tool_with_the_scope_and_horizon_asked_for(String question, String scope, String metric,
            String frequency, int horizon) {
        Answer a = fixture.ask(question);
        String context = ToolAnswers.context(question, a);
        Step step = ToolAnswers.step(a, "forecast");
        ForecastParams expected = ForecastParams.of(scope(scope), Metric.parse(metric)).withFrequency(Frequency.parse(frequency))
                .withHorizon(horizon);
        assertThat(step.input()).as(context).isEqualTo(ToolAnswers.input(expected));

        ForecastResult.Forecast direct = (ForecastResult.Forecast) new ForecastTool(fixture.gate).run(expected);
        TableAssert.sameRows(a.table(), rows(direct), context);
        assertThat(step.sql()).as(context).contains(direct.sql().get(direct.sql().size() - 1));
        assertThat(a.sql()).isEqualTo(direct.sql().get(direct.sql().size() - 1));
        assertThat(a.answer()).as(context)
                .contains(ForecastText.figure(direct.forecast().get(0).point(), metric.equals("revenue") ? "price" : "integer"))
                .contains(ForecastText.name(direct.method()))
                .contains("**" + direct.facts().trendDirection() + "**");
        if (horizon > 1) {
            assertThat(a.answer()).as(context).contains(
                    ForecastText.figure(direct.total().point(), metric.equals("revenue") ? "price" : "integer") + "** in total");
        }
    }

    @Test
    void a_seasonal_category_is_forecast_from_the_end_of_the_data_with_the_backtest_that_chose_the_method() {
        Answer a = fixture.ask("forecast swimwear");
        // The data ends on Tuesday 2020-09-22: that week is partial, so the history stops the week before it.
        assertThat(a.table().rows().get(0).get(0)).isEqualTo("2020-09-21");
        assertThat(a.table().rows()).hasSize(4);
        assertThat(a.notices()).anyMatch(n -> n.contains("2020-09-21 has data for only 2 of its 7 days"));
        assertThat(a.answer()).contains("chosen by a rolling-origin backtest over").contains("mean MASE");
        assertThat(a.understood()).isEqualTo("forecast, units sold, category Swimwear");
    }

    @Test
    void conditions_the_tools_filters_cannot_hold_are_forecast_from_a_series_query_with_all_of_them() {
        Answer a = fixture.ask("forecast trousers for teenagers");
        Step step = ToolAnswers.step(a, "forecast");
        String sql = step.input().get("sql").asText();
        assertThat(step.input().has("scope")).isFalse();
        // The series the tool was given is the weekly units of trousers bought by under-20s, complete weeks only.
        TableAssert.sameRows(SqlExecutor.table((com.shopsight.tools.gate.Rows) fixture.gate.run(sql)), Sql.rows(hand, """
                SELECT date_trunc('week', t_dat)::DATE, count(*) FROM transactions JOIN articles USING (article_id)
                JOIN customers USING (customer_id) WHERE product_type_name = 'Trousers' AND age < 20
                AND t_dat BETWEEN DATE '2018-09-24' AND DATE '2020-09-20' GROUP BY 1 ORDER BY 1"""), sql);
        ForecastResult.Forecast direct = (ForecastResult.Forecast) new ForecastTool(fixture.gate)
                .run(ForecastParams.ofSql(sql).withFrequency(Frequency.WEEK));
        TableAssert.sameRows(a.table(), rows(direct), a.understood());
        assertThat(a.notices()).anyMatch(n -> n.startsWith("The forecast tool's own filters cannot say customers under 20"));
        assertThat(a.answer()).startsWith("**Forecast of units sold, product type Trousers, customers under 20, the next 4 weeks:**");
    }

    @Test
    void buyers_per_week_are_forecast_from_a_series_query_too() {
        Answer a = fixture.ask("forecast buyers of trousers");
        Step step = ToolAnswers.step(a, "forecast");
        assertThat(step.input().get("sql").asText()).contains("COUNT(DISTINCT t.customer_id)");
        assertThat(a.table().columns().get(1).name()).isEqualTo("buyers");
        assertThat(a.notices()).anyMatch(n -> n.startsWith("The forecast tool counts units or revenue itself, not buyers"));
    }

    @Test
    void a_follow_up_reruns_the_forecast_with_the_new_scope() {
        Answer first = fixture.ask("forecast trousers for the next 6 weeks");
        Answer sweaters = fixture.ask("what about sweaters?", first.conversationId());
        assertThat(ToolAnswers.step(sweaters, "forecast").input()).isEqualTo(ToolAnswers.input(
                ForecastParams.of(scope("product_type=Sweater"), Metric.UNITS).withFrequency(Frequency.WEEK).withHorizon(6)));
        Answer online = fixture.ask("and only online?", sweaters.conversationId());
        assertThat(ToolAnswers.step(online, "forecast").input()).isEqualTo(ToolAnswers.input(
                ForecastParams.of(scope("product_type=Sweater; channel=online"), Metric.UNITS).withFrequency(Frequency.WEEK)
                        .withHorizon(6)));
        assertThat(online.understood()).isEqualTo("forecast, next 6 weeks, units sold, product type Sweater, online");
    }

    @Test
    void a_horizon_beyond_a_year_of_weeks_stops_at_52_and_says_so() {
        Answer a = fixture.ask("forecast trousers for the next 60 weeks");
        assertThat(a.table().rows()).hasSize(52);
        assertThat(a.notices()).contains("The forecast looks at most 52 weeks ahead, so it stops there rather than at the next"
                + " 60 weeks.");
    }

    @Test
    void an_unknown_product_is_not_guessed_and_the_answer_suggests_forecasts_it_can_make() {
        Answer a = fixture.ask("forecast unicorn onesies");
        assertThat(a.understood()).startsWith("not understood");
        assertThat(a.answer()).contains("\"unicorn\"").contains("\"onesies\"").contains("- forecast ");
        assertThat(a.steps()).extracting(Step::tool).containsExactly("planner");
    }
}
