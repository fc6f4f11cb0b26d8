package com.shopsight.web.slack;

import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real agent, counted: every question it gets is kept, so a test can say that nothing ran.
 * It can be made slow (a stand-in for an LLM taking its time) or to fail (an unexpected bug).
 */
final class CountingAgent implements Agent {
    private final Agent agent;
    private final List<Question> questions = new CopyOnWriteArrayList<>();
    private volatile long delayMillis;
    private volatile RuntimeException failure;

    CountingAgent(Agent agent) {
        this.agent = agent;
    }

    @Override
    public Answer ask(Question question, AnswerListener listener) {
        questions.add(question);
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return agent.ask(question, listener);
    }

    List<Question> questions() {
        return List.copyOf(questions);
    }

    void slow(long millis) {
        this.delayMillis = millis;
    }

    void failWith(RuntimeException e) {
        this.failure = e;
    }

    /** Back to answering at once, correctly, with no questions counted. */
    void reset() {
        questions.clear();
        delayMillis = 0;
        failure = null;
    }
}
