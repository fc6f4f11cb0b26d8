package com.shopsight.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;

/**
 * The real agent, made to pause as each step starts, the way an LLM agent's steps take their
 * time: the offline planner answers tiny data in milliseconds, too fast to watch steps arrive.
 */
record SlowAgent(Agent agent, long pauseMillis) implements Agent {
    @Override
    public Answer ask(Question question, AnswerListener listener) {
        return agent.ask(question, new AnswerListener() {
            @Override
            public void stepStarted(String tool, JsonNode input) {
                listener.stepStarted(tool, input);
                try {
                    Thread.sleep(pauseMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void stepFinished(Step step) {
                listener.stepFinished(step);
            }

            @Override
            public void text(String delta) {
                listener.text(delta);
            }
        });
    }
}
