package com.shopsight.tools.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The sentences a search answers with: what it found, and what it could not match. */
final class Messages {
    private Messages() {}

    static String found(Query q, int count) {
        List<String> missing = new ArrayList<>();
        for (String b : q.brands()) {
            missing.add("no brand '" + Query.display(b) + "' in the catalogue");
        }
        for (Query.Term t : q.terms()) {
            if (t.candidates().isEmpty()) {
                missing.add("nothing mentions '" + t.word() + "'");
            }
        }
        String matched = String.join(" ", q.matchedWords());
        if (missing.isEmpty()) {
            return count + " articles match '" + q.text().strip() + "'.";
        }
        String shown = matched.isEmpty()
                ? "the closest articles in meaning are shown"
                : "the closest " + matched + " articles are shown";
        String sentence = String.join("; ", missing) + "; " + shown + ".";
        return sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
    }

    static String nothing(Query q, boolean semanticUsed) {
        List<String> parts = new ArrayList<>();
        for (SearchResult.Unmatched u : q.unmatched()) {
            parts.add(u.reason());
        }
        String why = parts.isEmpty() ? "no article matches '" + q.text().strip() + "'" : String.join("; ", parts);
        return why + (semanticUsed ? ", and no article is close in meaning" : "") + ".";
    }

    /** Product types closest to the unmatched words, else the best sellers, to try instead. */
    static List<String> suggestions(Query q, ArticleCatalogue c) {
        Set<String> types = new LinkedHashSet<>();
        for (int i = 0; i < c.size; i++) {
            if (c.type[i] != null) {
                types.add(c.type[i]);
            }
        }
        List<String> words = new ArrayList<>(q.brands());
        q.terms().forEach(t -> words.add(t.word()));
        List<String> close = types.stream()
                .filter(type -> words.stream().anyMatch(w -> similar(w, type)))
                .sorted(Comparator.naturalOrder()).limit(5).toList();
        return close;
    }

    private static boolean similar(String word, String type) {
        String t = type.toLowerCase(Locale.ROOT);
        for (String part : Words.tokens(t)) {
            int allowed = Math.max(1, Fuzzy.allowedEdits(part.length()) + 1);
            if (part.length() >= 3 && Fuzzy.distance(Words.stem(word), Words.stem(part), allowed) <= allowed) {
                return true;
            }
        }
        return false;
    }
}
