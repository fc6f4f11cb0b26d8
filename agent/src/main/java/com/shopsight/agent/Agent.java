package com.shopsight.agent;

import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;

/**
 * The front door of ShopSight's answering: a question in, an {@link Answer} out. Expected
 * failures (not understood, refused, rejected SQL, an LLM that is down) are answers that say
 * so, never exceptions.
 */
public interface Agent {
    /** Answers {@code question}, telling {@code listener} about each step as it happens. */
    Answer ask(Question question, AnswerListener listener);

    /** Answers {@code question} without streaming. */
    default Answer ask(Question question) {
        return ask(question, AnswerListener.NONE);
    }
}
