package com.shopsight.web.view;

import java.util.List;

/**
 * The chat page.
 *
 * @param chrome the frame
 * @param conversationId the conversation shown, or "" for a new one
 * @param conversations past conversations, the latest first
 * @param turnsJson the shown conversation's answers as a JSON array, read by the page's script
 * @param examplesJson example questions as a JSON array
 * @param examples example questions, for the page without its script
 */
public record ChatView(Chrome chrome, String conversationId, List<ConversationItem> conversations, String turnsJson,
        String examplesJson, List<String> examples) {

    /**
     * One past conversation in the list.
     *
     * @param id its id
     * @param title its first question
     * @param when when it started, for people ("22 Nov 14:03")
     * @param turns how many questions it has
     * @param current whether it is the one shown
     */
    public record ConversationItem(String id, String title, String when, int turns, boolean current) {}
}
