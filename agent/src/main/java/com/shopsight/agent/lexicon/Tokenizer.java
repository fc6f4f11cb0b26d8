package com.shopsight.agent.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into {@link Token}s the same way for questions and for the phrases of the
 * lexicon, so "T-shirt", "t shirt" and "T-Shirt" all become {@code t shirt}.
 */
public final class Tokenizer {
    // ISO dates stay whole; "+" and "%" are words of their own ("55+", "what %").
    private static final Pattern TOKEN = Pattern.compile("\\d{4}-\\d{2}-\\d{2}|[\\p{L}\\d]+|[%+]");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s\\b");
    private static final Pattern NEGATION = Pattern.compile("n['’]t\\b");
    /** "we'll", "they're", "I've", "we'd", "I'm": the short verb says nothing the planner reads. */
    private static final Pattern CONTRACTION = Pattern.compile("(?<=\\p{L})['’](ll|re|ve|d|m)\\b");

    private Tokenizer() {}

    /** The tokens of {@code text}, in order; never null. */
    public static List<Token> tokens(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        // Keep offsets aligned with the original text: replace with strings of the same length.
        lower = blank(POSSESSIVE.matcher(lower), "  ");
        lower = blank(NEGATION.matcher(lower), " nt");
        lower = blankAll(CONTRACTION.matcher(lower));
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(lower);
        while (m.find()) {
            String word = m.group();
            out.add(new Token(word.equals("nt") ? "not" : word, m.start(), m.end()));
        }
        return out;
    }

    /** The normalised words of a phrase ("Leggings/Tights" -> leggings, tights). */
    public static List<String> words(String phrase) {
        return tokens(phrase).stream().map(Token::text).toList();
    }

    /** A phrase's normalised form as one string ("T-Shirt" -> "t shirt"). */
    public static String normal(String phrase) {
        return String.join(" ", words(phrase));
    }

    /** Each match replaced by as many spaces as it is long, so offsets stay aligned. */
    private static String blankAll(Matcher m) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, " ".repeat(m.group().length()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String blank(Matcher m, String replacement) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, replacement);
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
