package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Table;
import java.util.List;

/** Checks shared by the tool answer tests: which tool ran, with what, and what the answer shows. */
final class ToolAnswers {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ToolAnswers() {}

    /** The one step of an answer that called {@code tool}, checked to be the last and to have succeeded. */
    static Step step(Answer a, String tool) {
        List<Step> tools = a.steps().stream().filter(s -> s.tool().equals(tool)).toList();
        assertThat(tools).as("steps calling " + tool + " of: " + a.understood() + "; " + a.answer()).hasSize(1);
        Step s = tools.get(0);
        assertThat(a.steps().get(a.steps().size() - 1)).isEqualTo(s);
        assertThat(s.error()).as(a.answer()).isNull();
        assertThat(s.sql()).isNotBlank();
        return s;
    }

    /** The tool's parameters as the step records them. */
    static JsonNode input(Object params) {
        return JSON.valueToTree(params);
    }

    /** A context for assertion messages: the question, how it was read, and the answer. */
    static String context(String question, Answer a) {
        return question + "\n  understood: " + a.understood() + "\n  answer: " + a.answer();
    }

    /** Rows of a table, for comparison with rows made directly from a tool result. */
    static List<List<Object>> rows(Table t) {
        return t.rows();
    }
}
