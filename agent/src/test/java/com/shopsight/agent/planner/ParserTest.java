package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapper, parser and correctors together: question in, the query as understood out (in words). */
class ParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "top 5 colours by revenue | revenue, top 5 colours, all time",
        "products popular with young customers | units sold, top 10 products, customers under 25, all time",
        "how many club members | customers, club members, all time",
        "revenue by index group | revenue, by index group, all time",
        "what share of sales is online | share of units sold that is online, all time",
        "weekly sales of trousers over the last 12 weeks | units sold, by week, product type Trousers, last 12 weeks (2020-07-01 to 2020-09-22)",
        "monthly revenue in 2019 | revenue, by month, 2019 (2019-01-01 to 2019-12-31)",
        "online vs in store | units sold, online vs in store, all time",
        "this year vs last year | units sold, this year (2020-01-01 to 2020-09-22) vs a year earlier (2019-01-01 to 2019-09-22), with the change",
        "this month vs last month | units sold, this month (2020-09-01 to 2020-09-22) vs last month (same days) (2020-08-01 to 2020-08-22)",
        "dresses vs skirts | units sold, Dress vs Skirt, all time",
        "units sold by product type for customers under 25 | units sold, by product type, customers under 25, all time",
        "sales since june 2020 | units sold, since June 2020 (2020-06-01 to 2020-09-22)",
        "sales from march to june 2020 | units sold, March 2020 to June 2020 (2020-03-01 to 2020-06-30)",
        "sales in may | units sold, May 2020 (2020-05-01 to 2020-05-31)",
        "revenue 2019 to 2020 | revenue, 2019 to 2020 (2019-01-01 to 2020-09-22)",
        "revenue in 2019 to 2020 | revenue, 2019 to 2020 (2019-01-01 to 2020-09-22)",
        "revenue jan to sep 2019 | revenue, January 2019 to September 2019 (2019-01-01 to 2019-09-30)",
        "revenue january-september 2019 | revenue, January 2019 to September 2019 (2019-01-01 to 2019-09-30)",
        "top 5 products 2019 \u2013 2020 | units sold, top 5 products, 2019 to 2020 (2019-01-01 to 2020-09-22)",
        "revenue 2019 to date | revenue, since 2019 (2019-01-01 to 2020-09-22)",
        "weekly revenue from june 2020 to date | revenue, by week, since June 2020 (2020-06-01 to 2020-09-22)",
        "compare june to july revenue | revenue, June 2020 (2020-06-01 to 2020-06-30) vs July 2020 (2020-07-01 to 2020-07-31)",
        "compare sales in 2019 to 2020 | units sold, 2019 (2019-01-01 to 2019-12-31) vs 2020 (2020-01-01 to 2020-09-22)",
        "revenue june 2020 vs 2019 | revenue, June 2020 (2020-06-01 to 2020-06-30) vs June 2019 (2019-06-01 to 2019-06-30)",
        "buyers in q1 2020 vs 2019 | buyers, Q1 2020 (2020-01-01 to 2020-03-31) vs Q1 2019 (2019-01-01 to 2019-03-31)",
        "revenue 2019 vs 2020 | revenue, 2019 (2019-01-01 to 2019-12-31) vs 2020 (2020-01-01 to 2020-09-22)",
        "may I see revenue by colour | revenue, by colour, all time",
        "revenue last week | revenue, last week (2020-09-16 to 2020-09-22)",
        "revenue last month | revenue, last month (2020-08-23 to 2020-09-22)",
        "revenue last year | revenue, last year (2019-09-23 to 2020-09-22)",
        "revenue in the last 30 days | revenue, last 30 days (2020-08-24 to 2020-09-22)",
        "sales this week | units sold, this week (2020-09-21 to 2020-09-22)",
        "sales yesterday | units sold, yesterday (2020-09-21)",
        "sales in winter 2019 | units sold, winter 2019 (2019-12-01 to 2020-02-29)",
        "sales in q2 2020 | units sold, Q2 2020 (2020-04-01 to 2020-06-30)",
        "sales recently | units sold, recently (last 4 weeks) (2020-08-26 to 2020-09-22)",
        "sales to customers aged 25-34 | units sold, customers aged 25 to 34, all time",
        "sales to customers over 40 | units sold, customers aged 40 and over, all time",
        "sales to customers under 30 | units sold, customers under 30, all time",
        "sales to customers in their twenties | units sold, customers aged 20 to 29, all time",
        "sales to 45+ customers | units sold, customers aged 45 and over, all time",
        "sales excluding menswear | units sold, not index group Menswear, all time",
        "sales not online | units sold, not online, all time",
        "sales of dresses and skirts | units sold, by product type, product type Dress or Skirt, all time",
        "best selling hats | units sold, top 10 products, product type Hat/beanie, all time",
        "sales of tights | units sold, product type Leggings/Tights, all time",
        "top 5 product types among trousers | units sold, top 5 products, product type Trousers, all time",
        "revenue by product | revenue, top 10 products, all time",
        "customers by product type | buyers, by product type, all time",
        "how many customers bought trousers | buyers, product type Trousers, all time",
        "how many products did we sell last week | units sold, last week (2020-09-16 to 2020-09-22)",
        "sales trend of hoodies in the last 8 weeks | units sold, by week, product type Hoodie, last 8 weeks (2020-07-29 to 2020-09-22)",
        "monthly revenue growth | revenue, by month, with the change from each period to the next, all time",
        "which colours grew the most | units sold, top 10 colours, this year (2020-01-01 to 2020-09-22) vs a year earlier (2019-01-01 to 2019-09-22), with the change",
        "report on Jade HW Skinny Denim TRS | product report, product Jade HW Skinny Denim TRS",
        "find black summer dresses | product search for \"black summer dresses\"",
        "forecast trousers for the next 4 weeks | forecast, next 4 weeks, units sold, product type Trousers",
        "delete all transactions | refused: destructive",
        "what's the weather tomorrow | refused: unavailable",
        "hello | refused: chat",
        "write a poem about trousers | refused: chat",
        "flibbertigibbet revenue | not understood: I could not read \"flibbertigibbet\".",
        "shrts sold | not understood: I could not read \"shrts\". Did you mean \"shirts\" or \"shorts\" for \"shrts\"?",
        "revenue in 2019 in 2020 | not understood: I read two time windows (2019 and 2020); ask for one, or compare them with \"vs\".",
    })
    void reads_a_question_as(String question, String understood) {
        assertThat(Stages.read(question)).isEqualTo(understood);
    }
}
