package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.segments.SegmentsParams;
import com.shopsight.tools.segments.SegmentsResult;
import com.shopsight.tools.segments.SegmentsTool;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Who buys ..." and segment questions answered by the segments tool: the analysis the words
 * ask for (buyer profile, RFM, clusters) over the scope of the question, the table and the
 * over-represented segments read from the tool's result.
 */
class SegmentsAnswersTest {
    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "who buys Divided | index_group=Divided",
        "who buys bikini tops | product_type=Bikini top",
        "who is buying vest tops online? | product_type=Vest top; channel=online",
        "buyer profile of bikni tops | product_type=Bikini top",
        "customer segments for trousers | product_type=Trousers",
        "who are the typical customers for blouses | product_type=Blouse",
        "what kind of customers buy hoodies in 2020 | product_type=Hoodie; from=2020-01-01; to=2020-12-31",
    })
    void a_buyer_profile_answers_who_buys_a_product(String question, String scope) {
        Answer a = fixture.ask(question);
        String context = ToolAnswers.context(question, a);
        Step step = ToolAnswers.step(a, "segments");
        SegmentsParams expected = SegmentsParams.buyers(scope(scope));
        assertThat(step.input()).as(context).isEqualTo(ToolAnswers.input(expected));

        SegmentsResult.BuyerProfile direct = (SegmentsResult.BuyerProfile) new SegmentsTool(fixture.gate).run(expected);
        TableAssert.sameRows(a.table(), SegmentsExecutor.profile(SegmentsExecutor.byIndex(direct.rows())).rows(), context);
        assertThat(a.answer()).as(context).startsWith("**Who buys " + direct.scope() + ":** "
                + String.format(Locale.ROOT, "%,d", direct.buyers()) + " buyers");
        direct.highlights().forEach(h -> assertThat(a.answer()).as(context)
                .contains("**" + h.dimension() + " " + h.value() + "**", String.format(Locale.ROOT, "(index %.2f)", h.index())));
        assertThat(a.understood()).as(context).startsWith("customer segments (buyer profile)");
    }

    @Test
    void divided_buyers_show_the_under_25s_over_represented_first() {
        Answer a = fixture.ask("who buys Divided");
        assertThat(a.answer()).contains("1. **age band <25**");
        int index = a.table().indexOf("index");
        int trait = a.table().indexOf("trait");
        assertThat(a.table().rows()).anySatisfy(r -> {
            assertThat(r.get(trait)).isEqualTo("age band <25");
            assertThat((double) r.get(index)).isGreaterThan(1.2);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rfm segments | ''",
        "customer segments | ''",
        "RFM segments of online customers in 2020 | channel=online; from=2020-01-01; to=2020-12-31",
    })
    void rfm_segments_answer_segment_questions_without_a_product(String question, String scope) {
        Answer a = fixture.ask(question);
        String context = ToolAnswers.context(question, a);
        SegmentsParams expected = SegmentsParams.rfm(scope(scope));
        assertThat(ToolAnswers.step(a, "segments").input()).as(context).isEqualTo(ToolAnswers.input(expected));
        SegmentsResult.Rfm direct = (SegmentsResult.Rfm) new SegmentsTool(fixture.gate).run(expected);
        TableAssert.sameRows(a.table(), SegmentsExecutor.rfm(direct.segments()).rows(), context);
        assertThat(a.answer()).as(context).contains("**" + direct.segments().get(0).segment().label() + "**: "
                + String.format(Locale.ROOT, "%,d", direct.segments().get(0).customers()) + " customers");
        assertThat(a.understood()).as(context).startsWith("customer segments (RFM)");
    }

    @Test
    void personas_are_behavioural_clusters() {
        Answer a = fixture.ask("customer personas");
        SegmentsParams expected = SegmentsParams.clusters(Scope.all());
        assertThat(ToolAnswers.step(a, "segments").input()).isEqualTo(ToolAnswers.input(expected));
        SegmentsResult.Clusters direct = (SegmentsResult.Clusters) new SegmentsTool(fixture.gate).run(expected);
        TableAssert.sameRows(a.table(), SegmentsExecutor.clusters(direct.clusters()).rows(), a.answer());
        direct.clusters().forEach(c -> assertThat(a.answer()).contains("**" + c.persona() + "**"));
    }

    @Test
    void conditions_the_scope_cannot_hold_are_named_as_left_out() {
        Answer a = fixture.ask("who buys trousers among teenagers");
        assertThat(ToolAnswers.step(a, "segments").input())
                .isEqualTo(ToolAnswers.input(SegmentsParams.buyers(scope("product_type=Trousers"))));
        assertThat(a.notices()).contains("The segments tool cannot filter on customers under 20, so the answer leaves that"
                + " out: it covers product type Trousers.");
    }

    @Test
    void a_follow_up_profiles_the_buyers_of_another_product() {
        Answer first = fixture.ask("who buys bikini tops");
        Answer next = fixture.ask("what about hoodies?", first.conversationId());
        assertThat(ToolAnswers.step(next, "segments").input())
                .isEqualTo(ToolAnswers.input(SegmentsParams.buyers(scope("product_type=Hoodie"))));
    }

    /** A scope written as "product_type=Trousers; channel=online; from=2020-01-01; to=2020-12-31". */
    static Scope scope(String spec) {
        Scope s = Scope.all();
        java.time.LocalDate from = null;
        java.time.LocalDate to = null;
        StringBuilder rest = new StringBuilder();
        for (String part : spec.split(";")) {
            String p = part.strip();
            if (p.startsWith("from=")) {
                from = java.time.LocalDate.parse(p.substring(5));
            } else if (p.startsWith("to=")) {
                to = java.time.LocalDate.parse(p.substring(3));
            } else {
                rest.append(p).append(';');
            }
        }
        s = ForecastAnswersTest.scope(rest.toString());
        return from == null && to == null ? s : s.between(from, to);
    }
}
