package com.shopsight.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Numbers in an answer against the numbers the tools gave: which pass and which are flagged. */
class NumberCheckTest {
    static final List<String> SOURCES = List.of(
            "{\"rows\":[[\"Trousers\",12345,0.2351,1234567.891,\"2020-09-22\"],[\"Dress\",987.654,-0.125,7,null]],\"rowCount\":2}",
            "top 5 colours in 2019");

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiterString = "->", value = {
        "Trousers sold 12345 units -> ''",
        "Trousers sold 12,345 units -> ''",
        "about 12,000 units -> ''",
        "12.3k units -> ''",
        "1.2 million in revenue -> ''",
        "1,234,568 in revenue -> ''",
        "1,234,567.89 in revenue -> ''",
        "a share of 23.5% -> ''",
        "a share of 23.51 % -> ''",
        "down 12.5% -> ''",
        "an average of 987.65 -> ''",
        "988 on average -> ''",
        "the top 5 colours in 2019 -> ''",
        "on 2020-09-22 -> ''",
        "'1. Trousers\n2. Dress' -> ''",
        "Q3 was strong -> ''",
        "Trousers sold 12346 units -> 12346",
        "a share of 24% -> ''",
        "a share of 25% -> 25%",
        "up 40% -> 40%",
        "13,000 units -> '13,000'",
        "on 2020-09-21 -> 2020-09-21",
        "3 colours -> 3",
    })
    void flags_numbers_no_tool_result_backs(String text, String flagged) {
        List<String> expected = flagged.isEmpty() ? List.of() : List.of(flagged);
        assertThat(new NumberCheck(SOURCES).unsupported(text.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
