package com.shopsight.tools.churn;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.shopsight.tools.query.Problem;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What {@link ChurnTool#run} gives back: the churn risk of current customers, or why there is none. */
public sealed interface ChurnResult permits ChurnResult.ChurnRisk, ChurnResult.Failed {
    /** "ok" or "failed". */
    @JsonProperty("status")
    String status();

    /** Every query the tool ran, in order; never null. */
    List<String> sql();

    /**
     * A churn model, its evaluation on a later period, and the current customers most at risk.
     *
     * @param definition what churn means here, in a sentence
     * @param today the day treated as today
     * @param trainingCutoff the cutoff the model learned from
     * @param trainingCustomers how many customers it learned from (a sample of those active then)
     * @param trainingChurnRate their churn rate
     * @param evaluation how it did on the next cutoff, which it never saw
     * @param intercept the model's intercept (log-odds of churn for an average customer)
     * @param coefficients one per feature
     * @param activeCustomers current customers scored (active in the window before today)
     * @param expectedChurners the sum of their risks: how many are expected to churn
     * @param atRisk the highest-risk current customers, highest first
     */
    @JsonPropertyOrder({"status", "definition", "today", "evaluation", "activeCustomers", "expectedChurners", "atRisk",
        "trainingCutoff", "trainingCustomers", "trainingChurnRate", "intercept", "coefficients", "notes", "sql"})
    record ChurnRisk(
            String definition, LocalDate today, LocalDate trainingCutoff, long trainingCustomers, double trainingChurnRate,
            Evaluation evaluation, double intercept, List<Coefficient> coefficients, long activeCustomers, double expectedChurners,
            List<AtRisk> atRisk, List<String> notes, List<String> sql) implements ChurnResult {
        public ChurnRisk {
            coefficients = List.copyOf(coefficients);
            atRisk = List.copyOf(atRisk);
            notes = List.copyOf(notes);
            sql = List.copyOf(sql);
        }

        @Override
        public String status() {
            return "ok";
        }
    }

    /** No churn model, and why. */
    @JsonPropertyOrder({"status", "problem", "sql"})
    record Failed(Problem problem, List<String> sql) implements ChurnResult {
        public Failed {
            Objects.requireNonNull(problem, "problem");
            sql = List.copyOf(sql);
        }

        @Override
        public String status() {
            return "failed";
        }
    }
}
