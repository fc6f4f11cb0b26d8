package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.EnglishWords;
import com.shopsight.agent.lexicon.LearnedValues;
import com.shopsight.agent.lexicon.Lexicon;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.agent.semantic.SemanticModel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The planner's stages without a database, for stage tests: the H&M semantic model, a fixed
 * set of learned values, and the calendar of the generated data (2018-09-20 to 2020-09-22).
 */
final class Stages {
    static final SemanticModel MODEL = SemanticModel.load(PlannerFixture.MODEL);
    static final DataCalendar CALENDAR = new DataCalendar(LocalDate.of(2018, 9, 20), LocalDate.of(2020, 9, 22));
    static final LearnedValues VALUES = new LearnedValues(Map.of(
            "product_type", List.of("Trousers", "Sweater", "Dress", "Skirt", "Shorts", "Shirt", "T-shirt", "Hoodie",
                    "Bikini top", "Sneakers", "Top", "Vest top", "Leggings/Tights", "Hat/beanie", "Hat/brim"),
            "category", List.of("Garment Upper body", "Garment Lower body", "Swimwear", "Shoes", "Accessories"),
            "index", List.of("Ladieswear", "Menswear", "Baby/Children", "Divided", "Sport"),
            "colour", List.of("Black", "White", "Dark Blue", "Light Pink", "Blue", "Grey"),
            "garment_group", List.of("Trousers", "Knitwear", "Shorts", "Accessories", "Swimwear"),
            "section", List.of("Womens Casual", "Divided Collection"),
            "product", List.of("Jade HW Skinny Denim TRS", "Ruby", "Kevin sweater"),
            "club_status", List.of("ACTIVE", "PRE-CREATE", "LEFT CLUB")));
    static final Lexicon LEXICON = Lexicon.build(MODEL, VALUES, EnglishWords.load());
    static final Planner PLANNER = Planner.of(MODEL, LEXICON, CALENDAR, NearestPhrase.NONE);
    static final Understanding UNDERSTANDING = new Understanding(new Labels(MODEL), new TimeReader(CALENDAR));

    private Stages() {}

    /** How the planner reads {@code question} at the start of a conversation, in words. */
    static String read(String question) {
        PlanOutcome o = PLANNER.plan(question, Context.NONE);
        if (o instanceof PlanOutcome.Planned p) {
            return UNDERSTANDING.of(p.query());
        }
        if (o instanceof PlanOutcome.NotUnderstood n) {
            return "not understood: " + n.reason();
        }
        return "refused: " + ((PlanOutcome.Refused) o).kind();
    }

    static SemanticQuery query(String question) {
        return ((PlanOutcome.Planned) PLANNER.plan(question, Context.NONE)).query();
    }
}
