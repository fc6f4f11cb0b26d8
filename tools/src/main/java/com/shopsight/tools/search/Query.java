package com.shopsight.tools.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A search as the engine reads it: its words (stop words dropped) with the catalogue stems
 * each reaches, the other retailers' brands it names, and the text to embed (the words without
 * the brands, which would only pull the meaning towards nothing H&M sells).
 */
record Query(String text, List<Query.Term> terms, List<String> brands, String semanticText) {
    /**
     * A query word.
     *
     * @param word as typed (lower case)
     * @param candidates the catalogue stems it reaches; empty when it matches nothing
     * @param idf the rarity of its best stem
     * @param exactStem the stem it matches exactly, or -1 (phrases need exact words)
     */
    record Term(String word, List<LexicalIndex.Candidate> candidates, double idf, int exactStem) {}

    static Query read(String text, LexicalIndex lexical) {
        List<String> brands = new ArrayList<>();
        Set<String> brandTokens = new HashSet<>();
        for (String brand : Words.brandsIn(text)) {
            List<String> tokens = Words.tokens(brand.replace("'", ""));
            boolean sold = tokens.stream().allMatch(t -> lexical.candidates(t).stream().anyMatch(c -> c.how().equals("exact")));
            if (!sold) {
                brands.add(brand);
                brandTokens.addAll(tokens);
            }
        }
        List<Term> terms = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String token : Words.tokens(text.replace("'", ""))) {
            if (Words.isStopword(token) || brandTokens.contains(token) || kept.contains(token)) {
                continue;
            }
            kept.add(token);
            List<LexicalIndex.Candidate> candidates = lexical.candidates(token);
            double idf = candidates.isEmpty() ? 0 : lexical.idf(candidates.get(0).stem());
            int exact = candidates.stream().filter(c -> c.how().equals("exact")).mapToInt(LexicalIndex.Candidate::stem).findFirst().orElse(-1);
            terms.add(new Term(token, candidates, idf, exact));
        }
        String semanticText = kept.isEmpty() ? text : String.join(" ", kept);
        return new Query(text, terms, brands, semanticText);
    }

    int matchedCount() {
        return (int) terms.stream().filter(t -> !t.candidates().isEmpty()).count();
    }

    /** The words that matched, in order. */
    List<String> matchedWords() {
        return terms.stream().filter(t -> !t.candidates().isEmpty()).map(Term::word).toList();
    }

    List<SearchResult.Unmatched> unmatched() {
        List<SearchResult.Unmatched> out = new ArrayList<>();
        for (String b : brands) {
            out.add(new SearchResult.Unmatched(b, "no brand '" + display(b) + "' in the catalogue: H&M sells only its own labels"));
        }
        for (Term t : terms) {
            if (t.candidates().isEmpty()) {
                out.add(new SearchResult.Unmatched(t.word(), "no article's name, type, colour or description has '" + t.word() + "'"));
            }
        }
        return out;
    }

    /** A brand as people write it: "nike" -> "Nike", "new balance" -> "New Balance". */
    static String display(String brand) {
        StringBuilder sb = new StringBuilder();
        for (String w : brand.split(" ")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }
}
