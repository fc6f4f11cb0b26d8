package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import com.shopsight.tools.testing.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The planner's answers to the phrasings of phrasings.yaml, each checked against the result of
 * SQL written by hand for it, on the tiny dataset: the table, not the SQL text, must agree.
 */
class PhrasingsTest {
    /** Phrasings of one question and the SQL that answers it. */
    record Case(String intent, List<String> questions, String sql, String understood) {}

    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();
    static final Connection hand = fixture.hand();

    static List<Case> cases() {
        try (InputStream in = PhrasingsTest.class.getResourceAsStream("phrasings.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readValue(in, new TypeReference<List<Case>>() {});
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> phrasings() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases()) {
            for (String q : c.questions()) {
                out.add(Arguments.of(c.intent(), q, c.sql(), c.understood()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("phrasings")
    void answers_with_the_rows_of_the_sql_written_by_hand(String intent, String question, String sql, String understood) {
        Answer a = fixture.ask(question);
        String context = question + "\n  understood: " + a.understood() + "\n  sql: " + a.sql();
        assertThat(a.understood()).as(context).doesNotStartWith("not understood").doesNotStartWith("refused");
        if (understood != null) {
            assertThat(a.understood()).as(context).contains(understood);
        }
        Step step = a.steps().stream().filter(s -> s.tool().equals("sql")).findFirst().orElseThrow();
        assertThat(step.error()).as(context).isNull();
        TableAssert.sameRows(a.table(), Sql.rows(hand, sql), context);
    }

    @Test
    void has_at_least_150_phrasings_across_every_sql_intent() {
        assertThat(phrasings().count()).isGreaterThanOrEqualTo(150);
        assertThat(cases().stream().map(Case::intent).distinct())
                .contains("ranking", "kpi", "breakdown", "share", "series", "comparison");
    }
}
