package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.Lexicon;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.agent.semantic.SemanticModel;
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

    /** The planner's chain for a model, over a lexicon of the data's values, resolving time against {@code calendar}. */
    static Planner of(SemanticModel model, Lexicon lexicon, DataCalendar calendar, NearestPhrase nearest) {
        TimeReader time = new TimeReader(calendar);
        List<Corrector> correctors = List.of(new GrowthCorrector(time), new ValuesCorrector(), new EntityCorrector(model),
                new RankingCorrector(model));
        return new Planner(new LexiconMapper(lexicon, nearest), new MentionParser(model, calendar), correctors);
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
