package com.shopsight.agent.llm;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.util.Set;

/**
 * The shared chat model seen through one answer's {@link Session}: every response is counted
 * with its tokens and whether it called tools, which is how a tool loop is recognised.
 */
final class MeteredChatModel implements ChatModel {
    private final ChatModel delegate;
    private final Session session;

    MeteredChatModel(ChatModel delegate, Session session) {
        this.delegate = delegate;
        this.session = session;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return counted(delegate.chat(request));
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        return counted(delegate.chat(request, options));
    }

    private ChatResponse counted(ChatResponse response) {
        count(session, response);
        return response;
    }

    /** Counts {@code response} in {@code session}: one LLM call, its tokens, its tool calls. */
    static void count(Session session, ChatResponse response) {
        TokenUsage usage = response.tokenUsage();
        session.llmResponded(response.aiMessage() != null && response.aiMessage().hasToolExecutionRequests(),
                usage == null ? null : usage.inputTokenCount(), usage == null ? null : usage.outputTokenCount());
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }
}
