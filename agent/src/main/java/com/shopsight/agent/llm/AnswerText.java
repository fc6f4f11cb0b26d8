package com.shopsight.agent.llm;

import java.util.regex.Pattern;

/**
 * Makes the LLM's text safe to show wherever an answer is rendered. The text may quote data
 * (a product name planted with markup), so anything that could act rather than read is
 * neutralised: a {@code <} that could open a tag or comment becomes {@code &lt;}, and
 * Markdown images and links become their text (an image URL would be fetched by the page and
 * could carry data away). Comparisons such as "&lt;25" stay as they are.
 */
final class AnswerText {
    private static final Pattern TAG_OPEN = Pattern.compile("<(?=[A-Za-z/!?])");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]*)]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)]\\((?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)[^)\\n]*\\)");

    private AnswerText() {}

    /** {@code text} with every {@code <} that could open a tag or comment written {@code &lt;}. */
    static String inert(String text) {
        return TAG_OPEN.matcher(text).replaceAll("&lt;");
    }

    /** The whole answer, made safe. */
    static String safe(String text) {
        String s = IMAGE.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        s = LINK.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        return TAG_OPEN.matcher(s).replaceAll("&lt;");
    }

    /**
     * Escapes a stream of text deltas as {@link #safe} escapes tags: a {@code <} at the end of
     * one delta is held back until the next shows what follows it.
     */
    static final class Stream {
        private String held = "";

        /** The part of {@code delta} (with anything held back) that can be shown now. */
        String next(String delta) {
            String s = held + delta;
            held = "";
            if (s.endsWith("<")) {
                held = "<";
                s = s.substring(0, s.length() - 1);
            }
            return TAG_OPEN.matcher(s).replaceAll("&lt;");
        }

        /** Whatever is still held back once the stream ends. */
        String flush() {
            String s = held;
            held = "";
            return s;
        }
    }
}
