package com.shopsight.agent.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.CompleteToolCall;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.PartialThinking;
import dev.langchain4j.model.chat.response.PartialThinkingContext;
import dev.langchain4j.model.chat.response.PartialToolCall;
import dev.langchain4j.model.chat.response.PartialToolCallContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared streaming model seen through one answer, with retries: langchain4j's streaming
 * model has none ({@code maxRetries} exists only on the plain one), so one 429 or 503 would
 * otherwise end in the offline planner. Each LLM call of the answer (every round of the tool
 * loop is one) is retried on its own after a short backoff when it fails with a retryable error
 * (429, 408, 5xx, a timeout, a connection reset) <em>before</em> anything of it arrived: once
 * text, thinking or a tool call reached the answer, a failure is final, as replaying half a
 * stream would show the user the same text twice. Errors that another try cannot mend (a
 * refused key, a bad request, an unknown model, a refused connection, an unknown host) are
 * final at once. Retries stop when the answer was given up (its session closed).
 */
final class RetryingStreamingModel implements StreamingChatModel {
    private static final Logger LOG = LoggerFactory.getLogger(RetryingStreamingModel.class);
    /** The first backoff; each further one doubles, up to {@link #MAX_BACKOFF_MILLIS}. */
    static final long FIRST_BACKOFF_MILLIS = 500;
    static final long MAX_BACKOFF_MILLIS = 8_000;

    private final StreamingChatModel delegate;
    private final int maxRetries;
    private final BooleanSupplier abandoned;
    private final Executor executor;

    /**
     * @param maxRetries how often one call may be tried again (0: never)
     * @param abandoned true once nobody waits for the answer any more: no further try starts
     * @param executor where retries start after their backoff
     */
    RetryingStreamingModel(StreamingChatModel delegate, int maxRetries, BooleanSupplier abandoned, Executor executor) {
        this.delegate = delegate;
        this.maxRetries = maxRetries;
        this.abandoned = abandoned;
        this.executor = executor;
    }

    @Override
    public void chat(ChatRequest request, StreamingChatResponseHandler handler) {
        chat(request, ChatRequestOptions.EMPTY, handler);
    }

    @Override
    public void chat(ChatRequest request, ChatRequestOptions options, StreamingChatResponseHandler handler) {
        new Attempts(request, options, handler).start(0);
    }

    /** The backoff before retry {@code retry} (0 for the first): 0.5 s, 1 s, 2 s, ... at most 8 s. */
    static long backoffMillis(int retry) {
        return Math.min(MAX_BACKOFF_MILLIS, FIRST_BACKOFF_MILLIS << Math.min(retry, 20));
    }

    /**
     * Whether another try may succeed: the first cause in the chain that says what happened
     * decides. langchain4j maps statuses to {@link RetriableException} (429, 408, 5xx, timeouts)
     * and {@link NonRetriableException} (401, 403, 400, 404, an unresolved host); transport
     * failures arrive as I/O exceptions, of which a refused connection or unknown host means a
     * wrong or stopped endpoint, where waiting only delays the offline answer.
     */
    static boolean retryable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NonRetriableException || t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof UnresolvedAddressException) {
                return false;
            }
            if (t instanceof HttpException h) {
                int status = h.statusCode();
                return status == 408 || status == 429 || status >= 500;
            }
            if (t instanceof RetriableException || t instanceof HttpTimeoutException || t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The tries of one call, and what each received. */
    private final class Attempts {
        private final ChatRequest request;
        private final ChatRequestOptions options;
        private final StreamingChatResponseHandler handler;

        Attempts(ChatRequest request, ChatRequestOptions options, StreamingChatResponseHandler handler) {
            this.request = request;
            this.options = options;
            this.handler = handler;
        }

        void start(int retry) {
            delegate.chat(request, options, new Attempt(this, retry));
        }

        void failed(Attempt attempt, Throwable error) {
            if (attempt.received || attempt.retry >= maxRetries || abandoned.getAsBoolean() || !retryable(error)) {
                handler.onError(error);
                return;
            }
            long delay = backoffMillis(attempt.retry);
            LOG.warn("The LLM call failed before anything arrived ({}); retry {} of {} in {} ms", describe(error),
                    attempt.retry + 1, maxRetries, delay);
            Executor later = CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS, executor);
            try {
                later.execute(() -> {
                    if (abandoned.getAsBoolean()) {
                        handler.onError(error);
                        return;
                    }
                    try {
                        start(attempt.retry + 1);
                    } catch (RuntimeException e) {
                        handler.onError(e);
                    }
                });
            } catch (RuntimeException rejected) {
                // The agent is closing: no thread left to retry on.
                handler.onError(error);
            }
        }
    }

    /** The HTTP status, or the innermost cause: what a log reader needs, never a request body or key. */
    private static String describe(Throwable error) {
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException h) {
                return "HTTP " + h.statusCode();
            }
            root = t;
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    /** One try: passes every event on, and notes whether any part of the answer arrived. */
    private static final class Attempt implements StreamingChatResponseHandler {
        private final Attempts attempts;
        private final int retry;
        private volatile boolean received;

        Attempt(Attempts attempts, int retry) {
            this.attempts = attempts;
            this.retry = retry;
        }

        private StreamingChatResponseHandler next() {
            return attempts.handler;
        }

        @Override
        public void onPartialResponse(String partialResponse) {
            received = true;
            next().onPartialResponse(partialResponse);
        }

        @Override
        public void onPartialResponse(PartialResponse partialResponse, PartialResponseContext context) {
            received = true;
            next().onPartialResponse(partialResponse, context);
        }

        @Override
        public void onPartialThinking(PartialThinking partialThinking) {
            received = true;
            next().onPartialThinking(partialThinking);
        }

        @Override
        public void onPartialThinking(PartialThinking partialThinking, PartialThinkingContext context) {
            received = true;
            next().onPartialThinking(partialThinking, context);
        }

        @Override
        public void onPartialToolCall(PartialToolCall partialToolCall) {
            received = true;
            next().onPartialToolCall(partialToolCall);
        }

        @Override
        public void onPartialToolCall(PartialToolCall partialToolCall, PartialToolCallContext context) {
            received = true;
            next().onPartialToolCall(partialToolCall, context);
        }

        @Override
        public void onCompleteToolCall(CompleteToolCall completeToolCall) {
            received = true;
            next().onCompleteToolCall(completeToolCall);
        }

        @Override
        public void onUnmappedRawEvent(Object rawEvent) {
            // Role-only chunks and the like: nothing of the answer, so a later failure may still be retried.
            next().onUnmappedRawEvent(rawEvent);
        }

        @Override
        public void onCompleteResponse(ChatResponse completeResponse) {
            received = true;
            next().onCompleteResponse(completeResponse);
        }

        @Override
        public void onError(Throwable error) {
            attempts.failed(this, error);
        }
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return delegate.listeners();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }
}
