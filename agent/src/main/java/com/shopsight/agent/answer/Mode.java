package com.shopsight.agent.answer;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Which agent answered: the LLM agent or the offline planner. */
public enum Mode {
    LLM,
    OFFLINE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
