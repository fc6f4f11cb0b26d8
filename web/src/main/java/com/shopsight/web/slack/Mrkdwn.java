package com.shopsight.web.slack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for Slack's mrkdwn. Everything ShopSight shows in Slack (answer text an LLM may have
 * written, data values, SQL) passes through {@link #escape}, so none of it can become a mention
 * ({@code <!channel>}, {@code <@U123>}) or a link ({@code <https://...|click>}): Slack reads
 * those only between {@code <} and {@code >}, and asks apps to escape exactly &amp;, &lt; and &gt;.
 */
final class Mrkdwn {
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("(?m)^(\\s*)[-*]\\s+");
    /** Slack's own markup in text it sends: mentions, channels, links, each maybe with a label. */
    private static final Pattern SLACK_MARKUP = Pattern.compile("<([^<>|]*)(?:\\|([^<>]*))?>");

    private Mrkdwn() {}

    /** {@code text} with &amp;, &lt; and &gt; escaped as Slack asks. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The answer's Markdown as mrkdwn, escaped: {@code **bold**} and headings become {@code *bold*},
     * list dashes become bullets. Markdown links stay text: a link in an answer would be a link
     * its author (an LLM) chose.
     */
    static String fromMarkdown(String markdown) {
        String s = escape(markdown);
        s = HEADING.matcher(s).replaceAll("*$1*");
        s = BOLD.matcher(s).replaceAll("*$1*");
        return BULLET.matcher(s).replaceAll("$1• ");
    }

    /**
     * {@code text} as a code block of at most {@code max} characters: escaped, and with any ```
     * inside broken up so the block cannot be closed early.
     */
    static String codeBlock(String text, int max) {
        String body = escape(text).replace("```", "`\u200B`\u200B`");
        return "```\n" + clip(body, max - 8) + "\n```";
    }

    /**
     * What a person typed, from the text Slack sends: mentions and special mentions dropped,
     * channel references and links reduced to their label (or address), entities unescaped.
     */
    static String plainFromSlack(String text) {
        Matcher m = SLACK_MARKUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String target = m.group(1);
            String label = m.group(2);
            String replacement;
            if (target.startsWith("@") || target.startsWith("!")) {
                replacement = "";
            } else if (target.startsWith("#")) {
                replacement = label != null ? "#" + label : target;
            } else {
                replacement = label != null ? label : target;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    /**
     * {@code escaped} cut to at most {@code max} characters with "…", never inside an entity
     * such as {@code &amp;} (half an entity would show as text).
     */
    static String clip(String escaped, int max) {
        if (escaped.length() <= max) {
            return escaped;
        }
        int end = max - 1;
        int amp = escaped.lastIndexOf('&', end - 1);
        if (amp >= 0 && escaped.indexOf(';', amp) >= end) {
            end = amp;
        }
        return escaped.substring(0, end) + "…";
    }
}
