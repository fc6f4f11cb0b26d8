package com.shopsight.agent.planner;

import java.util.List;

/**
 * The planner's chain, listed in one place: the mapper finds mentions, the parser reads them
 * (stopping with a reason when it cannot), and each corrector in turn refines the query.
 */
final class Planner {
    private final Mapper mapper;
    private final Parser parser;
    private final List<Corrector> correctors;

    Planner(Mapper mapper, Parser parser, List<Corrector> correctors) {
        this.mapper = mapper;
        this.parser = parser;
        this.correctors = List.copyOf(correctors);
    }

    PlanOutcome plan(String question, Context context) {
        Mentions mentions = mapper.map(question);
        PlanOutcome outcome = parser.parse(mentions, context);
        if (!(outcome instanceof PlanOutcome.Planned planned)) {
            return outcome;
        }
        SemanticQuery q = planned.query();
        for (Corrector c : correctors) {
            q = c.correct(q);
        }
        for (Mentions.Correction c : mentions.corrections()) {
            q = q.noting("Read \"" + c.written() + "\" as \"" + c.read() + "\".");
        }
        return new PlanOutcome.Planned(q);
    }
}
