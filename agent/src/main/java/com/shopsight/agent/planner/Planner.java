package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.Lexicon;
import com.shopsight.agent.lexicon.Meaning;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.agent.semantic.SemanticModel;
import java.util.List;
import java.util.Locale;

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
        for (Mention m : mentions.items()) {
            if (m.meaning() instanceof Meaning.Filter f && m.text().toLowerCase(Locale.ROOT).contains("order")) {
                // "online orders": the data has no orders, so the words name the channel of the items sold.
                q = q.noting("The data has no orders (one row is one item sold): \"" + m.text() + "\" is read as the items sold "
                        + (f.name().equals("online") ? "online." : "in store."));
            }
        }
        for (Mentions.Correction c : mentions.corrections()) {
            q = q.noting("Read \"" + c.written() + "\" as \"" + c.read() + "\".");
        }
        return new PlanOutcome.Planned(q);
    }
}
