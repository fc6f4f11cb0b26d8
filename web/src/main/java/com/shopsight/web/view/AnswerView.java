package com.shopsight.web.view;

/**
 * The page of one answer (/answers/{id}), for links from Slack and elsewhere.
 *
 * @param chrome the frame
 * @param question the question
 * @param text the answer text (Markdown), shown as plain text until the script renders it
 * @param answerJson the Answer as JSON, read by the page's script
 * @param conversationId the conversation the answer belongs to
 * @param when when it was answered, for people, or ""
 */
public record AnswerView(Chrome chrome, String question, String text, String answerJson, String conversationId,
        String when) {}
