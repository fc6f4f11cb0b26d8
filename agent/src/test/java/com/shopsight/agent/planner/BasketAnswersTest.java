package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import com.shopsight.tools.basket.BasketParams;
import com.shopsight.tools.basket.BasketResult;
import com.shopsight.tools.basket.BasketTool;
import com.shopsight.tools.basket.Baskets;
import com.shopsight.tools.basket.ItemFilter;
import com.shopsight.tools.basket.ItemLevel;
import com.shopsight.tools.testing.Sql;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "What sells with ..." answered by the basket tool: rules starting from the item, over
 * customer-day baskets at the item's level, with the support threshold set from the baskets
 * that hold it; support, confidence and lift said in words from the tool's rules.
 */
class BasketAnswersTest {
    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();
    static final Connection hand = fixture.hand();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "what sells with bikini tops? | product_type_name | Bikini top",
        "what sells with bikni tops | product_type_name | Bikini top",
        "what is frequently bought together with trousers | product_type_name | Trousers",
        "what goes with sunglasses | product_type_name | Sunglasses",
        "cross-sell for hoodies please | product_type_name | Hoodie",
        "what do people buy with swimwear | product_group_name | Swimwear",
        "what sells with Ines HW Skinny Denim trousers | prod_name | Ines HW Skinny Denim trousers",
    })
    void finds_what_sells_with_an_item_at_its_own_level(String question, String level, String item) {
        Answer a = fixture.ask(question);
        String context = ToolAnswers.context(question, a);
        Step step = ToolAnswers.step(a, "basket");
        String column = level.equals("prod_name") ? "prod_name" : level;
        List<Object> counts = Sql.rows(hand, "SELECT count(DISTINCT (customer_id, t_dat)), count(DISTINCT (customer_id, t_dat))"
                + " FILTER (WHERE " + column + " = '" + item + "') FROM transactions JOIN articles USING (article_id)").get(0);
        long baskets = ((Number) counts.get(0)).longValue();
        long withItem = ((Number) counts.get(1)).longValue();
        long minCount = Math.max(10, (long) Math.ceil(0.02 * withItem));
        BasketParams expected = new BasketParams(Baskets.CustomerDay.of(ItemLevel.parse(level)), (minCount - 0.5) / baskets,
                0.02, 2, 10, 0, ItemFilter.sellsWith(item));
        assertThat(step.input()).as(context).isEqualTo(ToolAnswers.input(expected));

        BasketResult.Mined direct = (BasketResult.Mined) new BasketTool(fixture.gate).run(expected);
        TableAssert.sameRows(a.table(), BasketExecutor.table(direct).rows(), context);
        assertThat(a.answer()).as(context).contains(String.format(Locale.ROOT, "%,d of %,d customer-day baskets", withItem, baskets));
        var top = direct.rules().get(0);
        assertThat(a.answer()).as(context).contains("1. **" + top.consequent().get(0) + "**: " + Numbers.percent(top.confidence())
                + " of baskets with " + item, String.format(Locale.ROOT, "%.1f times as often", top.lift()));
    }

    @Test
    void bikini_tops_sell_with_swimwear_bottoms_above_all() {
        Answer a = fixture.ask("what sells with bikini tops?");
        assertThat(a.table().rows().get(0).get(a.table().indexOf("consequent"))).isEqualTo("Swimwear bottom");
        assertThat((double) a.table().rows().get(0).get(a.table().indexOf("lift"))).isGreaterThan(3);
        assertThat(a.answer()).contains("1. **Swimwear bottom**");
        assertThat(ChartsTest.kind(a.chart())).isEqualTo("bar");
        assertThat(a.chart().at("/encoding/y/field").asText()).isEqualTo("consequent");
    }

    @Test
    void conditions_on_customers_or_the_channel_choose_the_baskets() {
        Answer a = fixture.ask("what sells with bikini tops online");
        Step step = ToolAnswers.step(a, "basket");
        String sql = step.input().at("/baskets/sql").asText();
        assertThat(step.input().at("/baskets/kind").asText()).isEqualTo("query");
        TableAssert.sameRows(SqlExecutor.table((com.shopsight.tools.gate.Rows) fixture.gate.run(
                "SELECT count(DISTINCT basket_id), count(*) FROM (" + sql + ")")), Sql.rows(hand, """
                SELECT count(DISTINCT (customer_id, t_dat)), count(*) FROM transactions JOIN articles USING (article_id)
                WHERE sales_channel_id = 2"""), sql);
        assertThat(a.answer()).contains("(one customer's purchases on one day, online)").contains("1. **Swimwear bottom**");
    }

    @Test
    void without_an_item_the_strongest_rules_among_the_level_asked_for() {
        Answer types = fixture.ask("which products are bought together");
        assertThat(ToolAnswers.step(types, "basket").input()).isEqualTo(ToolAnswers.input(
                BasketParams.of(Baskets.CustomerDay.of(ItemLevel.PRODUCT_TYPE)).withMaxRules(10).withMaxItemsets(0)));
        assertThat(types.answer()).startsWith("**Product types bought together most strongly**");
        assertThat(types.notices()).noneMatch(n -> n.contains("not split by"));
        Answer colours = fixture.ask("which colours sell together");
        assertThat(ToolAnswers.step(colours, "basket").input().at("/baskets/level").asText()).isEqualTo("colour_group_name");
    }

    @Test
    void a_second_product_attribute_is_left_out_and_said_so() {
        Answer a = fixture.ask("what sells with black trousers");
        assertThat(ToolAnswers.step(a, "basket").input().at("/filter/item").asText()).isEqualTo("Trousers");
        assertThat(a.notices()).contains("A basket rule starts from one item, so colour Black is left out.");
    }

    @Test
    void a_follow_up_asks_what_sells_with_another_item() {
        Answer first = fixture.ask("what sells with bikini tops?");
        Answer next = fixture.ask("what about bras?", first.conversationId());
        assertThat(ToolAnswers.step(next, "basket").input().at("/filter/item").asText()).isEqualTo("Bra");
        assertThat(next.table().rows().get(0).get(next.table().indexOf("consequent"))).isEqualTo("Underwear bottom");
    }
}
