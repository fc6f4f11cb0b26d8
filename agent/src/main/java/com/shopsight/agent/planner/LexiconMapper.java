package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.Lexicon;
import com.shopsight.agent.lexicon.Meaning;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.agent.lexicon.Spelling;
import com.shopsight.agent.lexicon.Token;
import com.shopsight.agent.lexicon.Tokenizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps a question to mentions: corrects misspelt words against the lexicon's vocabulary,
 * then reads the longest known phrase at each position, and finally asks the nearest-phrase
 * resolver about words still unknown.
 */
final class LexiconMapper implements Mapper {
    private final Lexicon lexicon;
    private final Spelling spelling;
    private final NearestPhrase nearest;

    LexiconMapper(Lexicon lexicon, NearestPhrase nearest) {
        this.lexicon = lexicon;
        this.spelling = new Spelling(lexicon);
        this.nearest = nearest;
    }

    @Override
    public Mentions map(String question) {
        List<Token> tokens = Tokenizer.tokens(question);
        List<Mentions.Correction> corrections = new ArrayList<>();
        List<Mentions.Suggestion> suggestions = new ArrayList<>();
        List<String> words = new ArrayList<>(tokens.size());
        // A spelling correction counts only if the corrected word then reads as part of a phrase.
        Mentions.Correction[] spelt = new Mentions.Correction[tokens.size()];
        int searchEnd = searchPhraseEnd(tokens);
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k > searchEnd) {
                // What follows "find" is the search tool's own text, typos and brands included ("Nike", not "nine").
                words.add(t.text());
                continue;
            }
            List<Mentions.Correction> one = new ArrayList<>();
            words.add(readWord(t.text(), question.substring(t.start(), t.end()), one));
            spelt[k] = one.isEmpty() ? null : one.get(0);
        }
        List<Mention> items = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String word = words.get(i);
            Optional<Lexicon.Entry> entry = lexicon.longestAt(words, i);
            Meaning literal = literal(word);
            if (literal != null && (entry.isEmpty() || entry.get().length() == 1)) {
                items.add(mention(literal, question, tokens, i, i));
                i++;
            } else if (entry.isPresent()) {
                int last = i + entry.get().length() - 1;
                if (!(entry.get().meaning() instanceof Meaning.Filler)) {
                    items.add(mention(entry.get().meaning(), question, tokens, i, last));
                }
                for (int k = i; k <= last; k++) {
                    if (spelt[k] != null) {
                        corrections.add(spelt[k]);
                    }
                }
                i = last + 1;
            } else {
                items.add(unknown(question, tokens.get(i), corrections, suggestions));
                i++;
            }
        }
        return new Mentions(question, items, corrections, suggestions);
    }

    /** The index of the last word of the first product-search phrase ("find", "look for"), or the last index if none. */
    private int searchPhraseEnd(List<Token> tokens) {
        List<String> raw = tokens.stream().map(Token::text).toList();
        for (int i = 0; i < raw.size(); i++) {
            Optional<Lexicon.Entry> entry = lexicon.longestAt(raw, i);
            if (entry.isPresent() && entry.get().meaning() instanceof Meaning.Tool t && t.name().equals("search")) {
                return i + entry.get().length() - 1;
            }
        }
        return raw.size();
    }

    /** The word itself when known, a number or a date; its correction when misspelt; else itself. */
    private String readWord(String word, String written, List<Mentions.Correction> corrections) {
        if (lexicon.vocabulary().contains(word) || literal(word) != null) {
            return word;
        }
        Optional<String> fix = spelling.read(word).correction();
        if (fix.isPresent()) {
            List<Meaning> meanings = lexicon.meaningsOf(fix.get());
            if (meanings.isEmpty() || !(meanings.get(0) instanceof Meaning.Filler)) {
                corrections.add(new Mentions.Correction(written, fix.get()));
            }
            return fix.get();
        }
        return word;
    }

    private Mention unknown(String question, Token token, List<Mentions.Correction> corrections,
            List<Mentions.Suggestion> suggestions) {
        String written = question.substring(token.start(), token.end());
        Optional<NearestPhrase.Match> near = nearest.nearest(token.text());
        if (near.isPresent()) {
            corrections.add(new Mentions.Correction(written, String.join(" ", near.get().entry().words())));
            return new Mention(near.get().entry().meaning(), written, token.start(), token.end());
        }
        suggestions.add(new Mentions.Suggestion(written, spelling.read(token.text()).candidates()));
        return new Mention(null, written, token.start(), token.end());
    }

    private static Mention mention(Meaning meaning, String question, List<Token> tokens, int first, int last) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        return new Mention(meaning, question.substring(start, end), start, end);
    }

    /** A number in digits or an ISO date, read as such; null for any other word. */
    static Meaning literal(String word) {
        if (word.length() == 10 && word.charAt(4) == '-') {
            try {
                return new Meaning.Date(LocalDate.parse(word));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (!word.isEmpty() && word.length() <= 9 && word.chars().allMatch(Character::isDigit)) {
            return new Meaning.Number(Integer.parseInt(word));
        }
        return null;
    }
}
