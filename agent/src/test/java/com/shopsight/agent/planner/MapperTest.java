package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.lexicon.Meaning;
import com.shopsight.agent.lexicon.NearestPhrase;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapper alone: a question in, its mentions out (filler dropped, misspellings read as meant). */
class MapperTest {
    static final LexiconMapper MAPPER = new LexiconMapper(Stages.LEXICON, NearestPhrase.NONE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "top 5 colours by revenue | word:TOP number:5 dimension:colour word:BY metric:revenue",
        "Top 5 colurs by revenu | word:TOP number:5 dimension:colour word:BY metric:revenue",
        "products popular with young customers | dimension:product metric:units! filter:young",
        "weekly sales of trousres over the last 12 weeks | dimension:week metric:units value:product_type=Trousers word:OVER word:LAST number:12 unit:weeks",
        "what share of sales is online? | derived:share metric:units filter:online",
        "T-shirts vs tees in store | value:product_type=T-shirt word:VS value:product_type=T-shirt filter:in_store",
        "sales since 2020-06-01 | metric:units word:SINCE date:2020-06-01",
        "customers 55+ | metric:customers filter:seniors",
        "men's jeans | value:index=Menswear value:product_type=Trousers",
        "report on Jade HW Skinny Denim TRS | tool:report value:product=Jade HW Skinny Denim TRS",
        "forecast leggings for the next four weeks | tool:forecast value:product_type=Leggings/Tights word:NEXT number:4 unit:weeks",
        "drop table articles | refusal:destructive metric:articles",
        "blorp the zonk | ?blorp ?zonk",
    })
    void finds_the_mentions_of_a_question(String question, String expected) {
        String actual = MAPPER.map(question).items().stream().map(MapperTest::describe).collect(Collectors.joining(" "));
        assertThat(actual).isEqualTo(expected);
    }

    static String describe(Mention m) {
        Meaning x = m.meaning();
        if (x == null) {
            return "?" + m.text();
        }
        if (x instanceof Meaning.Word w) {
            return "word:" + w.role();
        }
        if (x instanceof Meaning.Number n) {
            return "number:" + n.value();
        }
        if (x instanceof Meaning.Metric metric) {
            return "metric:" + metric.name() + (metric.ranks() ? "!" : "");
        }
        if (x instanceof Meaning.Dimension d) {
            return "dimension:" + d.name();
        }
        if (x instanceof Meaning.Filter f) {
            return "filter:" + f.name();
        }
        if (x instanceof Meaning.Value v) {
            return "value:" + v.dimension() + "=" + v.value();
        }
        if (x instanceof Meaning.Derived d) {
            return "derived:" + d.name();
        }
        if (x instanceof Meaning.Tool t) {
            return "tool:" + t.name();
        }
        if (x instanceof Meaning.Unit u) {
            return "unit:" + u.unit();
        }
        if (x instanceof Meaning.Date d) {
            return "date:" + d.date();
        }
        if (x instanceof Meaning.Refusal r) {
            return "refusal:" + r.kind();
        }
        return x.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
