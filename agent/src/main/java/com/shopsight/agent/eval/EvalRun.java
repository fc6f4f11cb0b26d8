package com.shopsight.agent.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One run of a golden suite against an agent: every question's result, and the summary.
 *
 * @param dataset the suite's dataset, never null
 * @param mode the mode the questions were asked in ("offline", "llm", "auto"), never null
 * @param started when the first question was asked, never null
 * @param finished when the last answer came, never null
 * @param questions each question's result in suite order, never null
 */
public record EvalRun(String dataset, String mode, Instant started, Instant finished, List<QuestionResult> questions) {
    public EvalRun {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        questions = List.copyOf(questions);
    }

    /** The scores and counts of this run. */
    @JsonProperty("summary")
    public Summary summary() {
        return Summary.of(questions);
    }
}
