package com.shopsight.web.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.Mode;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An {@link Answer} as a Slack message in Block Kit (Slack's SDK model): who asked (for a slash
 * command, whose question is otherwise not shown), the answer text, the key table and the SQL
 * in code blocks, notices, and a link to the answer's page. Every text object is verbatim (Slack
 * turns no plain "@channel" or address into a mention or link) and every text is escaped.
 */
final class AnswerMessage {
    /** Slack's limit for a section's text. */
    static final int SECTION_MAX = 3_000;
    private static final int FALLBACK_MAX = 300;
    private static final int MAX_NOTICES = 9;
    private static final Pattern SLACK_ID = Pattern.compile("[A-Z0-9]{2,32}");

    private AnswerMessage() {}

    /** The blocks for {@code a}; {@code askedBy} is the Slack user id to credit, or null; {@code site} the public URL, or null. */
    static List<LayoutBlock> blocks(Answer a, String askedBy, URI site) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (askedBy != null && SLACK_ID.matcher(askedBy).matches()) {
            blocks.add(context(List.of(text("<@" + askedBy + "> asked: " + Mrkdwn.clip(Mrkdwn.escape(a.question()), 500)))));
        }
        blocks.add(section(s -> s.text(text(Mrkdwn.clip(Mrkdwn.fromMarkdown(a.answer()), SECTION_MAX)))));
        if (a.table() != null && !a.table().rows().isEmpty()) {
            blocks.add(section(s -> s.text(text(Mrkdwn.codeBlock(CompactTable.render(a.table()), SECTION_MAX)))));
        }
        if (a.sql() != null && !a.sql().isBlank()) {
            String title = "*SQL*\n";
            blocks.add(section(s -> s.text(text(title + Mrkdwn.codeBlock(a.sql().strip(), SECTION_MAX - title.length())))));
        }
        List<ContextBlockElement> notices = new ArrayList<>();
        for (String n : a.notices().subList(0, Math.min(MAX_NOTICES, a.notices().size()))) {
            notices.add(text(":information_source: " + Mrkdwn.clip(Mrkdwn.escape(n), 500)));
        }
        if (!notices.isEmpty()) {
            blocks.add(context(notices));
        }
        blocks.add(context(List.of(text(footer(a, site)))));
        return blocks;
    }

    /** The message's plain text, shown in notifications and where blocks cannot be: the answer's start, escaped. */
    static String fallback(Answer a) {
        return Mrkdwn.clip(Mrkdwn.escape(a.answer().replace("**", "")), FALLBACK_MAX);
    }

    /** A message that says what went wrong, in words for a person. */
    static List<LayoutBlock> problem(String message) {
        return List.of(section(s -> s.text(text(":warning: " + Mrkdwn.escape(message)))));
    }

    /** A short message: the text as one section. */
    static List<LayoutBlock> note(String message) {
        return List.of(section(s -> s.text(text(Mrkdwn.escape(message)))));
    }

    /** The link to {@code a}'s page on {@code site}, or null without a site. */
    static String link(Answer a, URI site) {
        return site == null ? null : site + "/answers/" + URLEncoder.encode(a.id(), StandardCharsets.UTF_8);
    }

    private static String footer(Answer a, URI site) {
        String who = a.mode() == Mode.LLM ? "LLM " + Mrkdwn.escape(String.valueOf(a.model())) : "offline planner";
        String facts = String.format(Locale.ROOT, "%s · %,d ms", who, a.usage().ms());
        String link = link(a, site);
        // The address is ours (SHOPSIGHT_PUBLIC_URL and an encoded id): it holds no '|' or '>' to break the link.
        return link == null ? facts : "<" + link + "|Open the full answer in ShopSight> · " + facts;
    }

    private static MarkdownTextObject text(String mrkdwn) {
        return MarkdownTextObject.builder().text(mrkdwn).verbatim(true).build();
    }
}
