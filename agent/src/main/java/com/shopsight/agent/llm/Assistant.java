package com.shopsight.agent.llm;

import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.TokenStream;

/**
 * The AI service langchain4j implements for one answer. The question is passed as content,
 * not as a template, so braces in a user's words are never read as prompt variables.
 */
interface Assistant {
    /** Answers in one piece. */
    Result<String> answer(TextContent question);

    /** Answers as a stream of events. */
    TokenStream stream(TextContent question);
}
