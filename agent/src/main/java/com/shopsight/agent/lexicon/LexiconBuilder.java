package com.shopsight.agent.lexicon;

import com.shopsight.agent.semantic.SemanticModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Fills a {@link Lexicon} from its three sources. */
final class LexiconBuilder {
    /** Values too generic to be named on their own in a question. */
    private static final Set<String> GENERIC = Set.of("unknown", "other", "none", "undefined", "n a", "na");
    /** Dimensions whose values are things people say in the plural ("dresses"). */
    private static final Set<String> COUNTABLE = Set.of("product_type", "category", "garment_group");

    /** Words that make a metric phrase ask for a ranking too ("best-selling", "most popular"). */
    private static final Set<String> RANKING_WORDS = Set.of("best", "top", "most", "popular", "bestselling",
            "bestsellers", "favourite", "favourites", "favorite", "favorites");

    private final SemanticModel model;
    private final LearnedValues values;
    private final EnglishWords english;
    private final Lexicon lexicon = new Lexicon();

    LexiconBuilder(SemanticModel model, LearnedValues values, EnglishWords english) {
        this.model = model;
        this.values = values;
        this.english = english;
    }

    Lexicon build() {
        english.grammar().forEach((role, words) -> words.forEach(
                w -> lexicon.add(w, new Meaning.Word(Grammar.named(role)), Priority.GRAMMAR)));
        english.numbers().forEach((n, words) -> words.forEach(w -> lexicon.add(w, new Meaning.Number(n), Priority.GRAMMAR)));
        english.months().forEach((m, words) -> words.forEach(w -> lexicon.add(w, new Meaning.Month(m), Priority.GRAMMAR)));
        english.filler().forEach(w -> lexicon.add(w, new Meaning.Filler(), Priority.FILLER));
        addTime(model.time());
        addRefusals(model.refusals());
        model.tools().forEach((tool, words) -> words.forEach(w -> lexicon.add(w, new Meaning.Tool(tool), Priority.TOOL)));
        model.derived().forEach((name, d) -> d.words().forEach(w -> lexicon.add(w, new Meaning.Derived(name), Priority.DERIVED)));
        for (SemanticModel.Metric m : model.metrics()) {
            m.words().forEach(w -> lexicon.add(w, new Meaning.Metric(m.name(), ranks(w)), Priority.METRIC));
        }
        model.filters().forEach(f -> f.words().forEach(w -> lexicon.add(w, new Meaning.Filter(f.name()), Priority.FILTER)));
        model.dimensions().forEach(d -> d.words().forEach(w -> lexicon.add(w, new Meaning.Dimension(d.name()), Priority.DIMENSION)));
        addSynonyms();
        values.byDimension().forEach(this::addValues);
        return lexicon;
    }

    private void addTime(SemanticModel.TimeWords time) {
        time.words().forEach((name, words) -> words.forEach(w -> lexicon.add(w, new Meaning.TimeName(name), Priority.TIME)));
        time.seasons().forEach((name, months) -> lexicon.add(name, new Meaning.Season(name, months), Priority.TIME));
        time.relative().forEach((unit, words) -> words.forEach(w -> lexicon.add(w, new Meaning.Unit(unit), Priority.TIME)));
    }

    private void addRefusals(SemanticModel.Refusals refusals) {
        SemanticModel.Refusal d = refusals.destructive();
        d.words().forEach(w -> lexicon.add(w, new Meaning.Refusal("destructive", d.reason()), Priority.DESTRUCTIVE));
        for (SemanticModel.Refusal r : refusals.unavailable()) {
            r.words().forEach(w -> lexicon.add(w, new Meaning.Refusal("unavailable", r.reason()), Priority.UNAVAILABLE));
        }
        SemanticModel.Refusal c = refusals.chat();
        c.words().forEach(w -> lexicon.add(w, new Meaning.Refusal("chat", c.reason()), Priority.CHAT));
    }

    private void addSynonyms() {
        model.valueSynonyms().forEach((column, byValue) -> {
            String dimension = dimensionOfColumn(column);
            byValue.forEach((value, words) -> {
                Meaning meaning = new Meaning.Value(dimension, value);
                words.forEach(w -> lexicon.add(w, meaning, Priority.SYNONYM));
            });
        });
    }

    private String dimensionOfColumn(String column) {
        return model.dimensions().stream().filter(d -> column.equals(d.column())).map(SemanticModel.Dimension::name)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("value synonyms for " + column
                        + ", which is no dimension's column"));
    }

    private void addValues(String dimension, List<String> all) {
        boolean product = dimension.equals("product");
        int priority = product ? Priority.PRODUCT_NAME : Priority.value(dimension);
        Map<String, Integer> parts = new HashMap<>();
        for (String value : all) {
            String normal = Tokenizer.normal(value);
            if (normal.isEmpty() || GENERIC.contains(normal)) {
                continue;
            }
            // A product name is only recognised whole and when it has two words at least:
            // single-word names ("Ruby", "Ember") are too easily ordinary words.
            if (product && Tokenizer.words(value).stream().filter(w -> w.chars().allMatch(Character::isLetter)).count() < 2) {
                continue;
            }
            Meaning meaning = new Meaning.Value(dimension, value);
            lexicon.add(value, meaning, priority);
            if (COUNTABLE.contains(dimension)) {
                lexicon.add(plural(normal), meaning, priority);
                if (normal.endsWith("s") && !normal.endsWith("ss")) {
                    lexicon.add(normal.substring(0, normal.length() - 1), meaning, priority);
                }
            }
            if (value.contains("/")) {
                for (String part : value.split("/")) {
                    parts.merge(Tokenizer.normal(part), 1, Integer::sum);
                }
            }
        }
        // "Leggings/Tights" is also "tights", unless another value claims the same part.
        for (String value : all) {
            if (!value.contains("/")) {
                continue;
            }
            for (String part : value.split("/")) {
                String normal = Tokenizer.normal(part);
                if (parts.get(normal) == 1 && !GENERIC.contains(normal)
                        && all.stream().noneMatch(v -> Tokenizer.normal(v).equals(normal))) {
                    lexicon.add(normal, new Meaning.Value(dimension, value), priority);
                    if (COUNTABLE.contains(dimension)) {
                        lexicon.add(plural(normal), new Meaning.Value(dimension, value), priority);
                    }
                }
            }
        }
    }

    private static boolean ranks(String phrase) {
        return Tokenizer.words(phrase).stream().anyMatch(RANKING_WORDS::contains);
    }

    /** The plural of a phrase's last word, English-style ("dress" -> "dresses", "hoodie" -> "hoodies"). */
    static String plural(String phrase) {
        if (phrase.endsWith("ss")) {
            return phrase + "es";
        }
        if (phrase.endsWith("s")) {
            return phrase;
        }
        if (phrase.endsWith("sh") || phrase.endsWith("ch") || phrase.endsWith("x") || phrase.endsWith("z")) {
            return phrase + "es";
        }
        if (phrase.endsWith("y") && phrase.length() > 1 && "aeiou".indexOf(phrase.charAt(phrase.length() - 2)) < 0) {
            return phrase.substring(0, phrase.length() - 1) + "ies";
        }
        return phrase + "s";
    }
}
