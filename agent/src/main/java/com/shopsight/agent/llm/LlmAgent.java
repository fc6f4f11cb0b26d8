package com.shopsight.agent.llm;

import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Usage;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.conversation.Turn;
import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.schema.SchemaDoc;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.memory.ChatMemory;
import dev.langchain4j.memory.chat.MessageWindowChatMemory;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.tool.ToolErrorHandlerResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LLM agent: langchain4j's AI service over an OpenAI-compatible endpoint, with ShopSight's
 * tools, a system prompt carrying the schema doc and the semantic model, and the conversation's
 * earlier turns as memory. Whatever goes wrong with the LLM (unreachable, a refused key, rate
 * limits, server errors, timeouts, unreadable tool arguments, a tool loop) ends in the offline
 * planner's answer with a notice saying why; only queries that keep failing end in an honest
 * failure. Thread-safe: each answer has its own memory, tools and counters.
 */
public final class LlmAgent implements Agent, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LlmAgent.class);
    /** Room in the message window for one answer's own tool calls and results, which are never cut. */
    private static final int IN_FLIGHT_MESSAGES = 200;

    private final LlmConfig config;
    private final ChatModel chatModel;
    private final StreamingChatModel streamingModel;
    private final SystemPrompt systemPrompt;
    private final ToolBox toolBox;
    private final ConversationStore store;
    private final History history;
    private final Agent fallback;
    private final ExecutorService calls;

    LlmAgent(LlmConfig config, SystemPrompt systemPrompt, ToolBox toolBox, ConversationStore store, Agent fallback) {
        if (!config.configured()) {
            throw new IllegalArgumentException("no LLM is configured: set OPENAI_API_KEY or OPENAI_BASE_URL");
        }
        this.config = config;
        this.chatModel = ChatModels.plain(config);
        this.streamingModel = ChatModels.streaming(config);
        this.systemPrompt = systemPrompt;
        this.toolBox = toolBox;
        this.store = store;
        this.history = new History(store, config.historyTurns());
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.calls = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "shopsight-llm");
            t.setDaemon(true);
            return t;
        });
    }

    /** The model name asked for in every request. */
    public String model() {
        return config.model();
    }

    /**
     * The LLM agent over the database behind {@code gate}, described by {@code schemaDoc} and
     * {@code model}, keeping conversations in {@code store}, with {@code fallback} (the
     * offline planner) for when the LLM fails. {@code searchCache} is the product search's
     * embedding cache ({@code SearchTool.cacheFor(database)}), or null for word matching only.
     */
    public static LlmAgent create(LlmConfig config, SqlGate gate, SemanticModel model, Optional<SchemaDoc> schemaDoc,
            ConversationStore store, Prompts prompts, Agent fallback, java.nio.file.Path searchCache) {
        AgentTools tools = AgentTools.of(gate, schemaDoc, searchCache);
        SchemaContext schema = new SchemaContext(tools.doc(), config.schemaTokens(), Embedder::bgeSmall);
        SystemPrompt system = new SystemPrompt(prompts, schema, model.dataset(), SemanticSummary.render(model),
                Today.of(gate, model), config.maxSqlAttempts());
        return new LlmAgent(config, system, new ToolBox(tools.list(), prompts, config.maxSqlAttempts()), store, fallback);
    }

    /** The configuration this agent calls its LLM with. */
    public LlmConfig config() {
        return config;
    }

    @Override
    public Answer ask(Question question, AnswerListener listener) {
        long start = System.nanoTime();
        String id = question.conversationId() != null ? question.conversationId() : ConversationStore.newId();
        if (!ConversationStore.validId(id)) {
            throw new IllegalArgumentException("not a conversation id: " + id);
        }
        String text = question.text().strip();
        if (text.isEmpty() || text.length() > Question.MAX_LENGTH) {
            // The planner explains what is wrong with the question itself; no LLM can do better.
            return fallback.ask(offline(question, id), listener);
        }
        Session session = new Session(question, id, listener);
        List<Turn> earlier = history.turns(id);
        try {
            String reply = config.streaming() ? streamed(session, earlier, text) : plain(session, earlier, text);
            if (reply == null || reply.isBlank()) {
                return fallBack(session, new LlmFailure(LlmFailure.Kind.OTHER, "it gave an empty answer"), start);
            }
            Answer answer = answer(session, reply, earlier, start);
            session.close();
            store.append(id, new Turn(Instant.now(), answer, null));
            return answer;
        } catch (InterruptedException e) {
            // The caller gave up on the answer: stop, rather than start the planner on an interrupted thread.
            Thread.currentThread().interrupt();
            CancellationException cancelled = new CancellationException("the answer was interrupted");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            return failed(session, e.getCause(), start);
        } catch (RuntimeException | TimeoutException e) {
            return failed(session, e, start);
        } finally {
            session.close();
        }
    }

    private String plain(Session session, List<Turn> earlier, String question)
            throws InterruptedException, ExecutionException, TimeoutException {
        Assistant assistant = services(session, earlier, question).chatModel(new MeteredChatModel(chatModel, session)).build();
        Future<String> reply = calls.submit(() -> assistant.answer(TextContent.from(question)).content());
        String text = await(reply);
        session.text(AnswerText.safe(text == null ? "" : text));
        return text;
    }

    private String streamed(Session session, List<Turn> earlier, String question)
            throws InterruptedException, ExecutionException, TimeoutException {
        // Retried per LLM call here: the streaming client has no retries of its own.
        StreamingChatModel model = new RetryingStreamingModel(streamingModel, config.maxRetries(), session::closed, calls);
        Assistant assistant = services(session, earlier, question).streamingChatModel(model).build();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        AnswerText.Stream escaper = new AnswerText.Stream();
        assistant.stream(TextContent.from(question))
                .onPartialResponse(delta -> session.text(escaper.next(delta)))
                .onIntermediateResponse(r -> MeteredChatModel.count(session, r))
                .onCompleteResponse(r -> {
                    session.streamCompleted(r.tokenUsage() == null ? null : r.tokenUsage().inputTokenCount(),
                            r.tokenUsage() == null ? null : r.tokenUsage().outputTokenCount());
                    done.complete(r);
                })
                .onError(done::completeExceptionally)
                .start();
        ChatResponse response = await(done);
        session.text(escaper.flush());
        return response.aiMessage() == null ? null : response.aiMessage().text();
    }

    /** The AI service for one answer: its memory (system prompt and earlier turns), tools and limits. */
    private AiServices<Assistant> services(Session session, List<Turn> earlier, String question) {
        ChatMemory memory = MessageWindowChatMemory.builder().id(session.conversationId())
                .maxMessages(2 + 2 * config.historyTurns() + IN_FLIGHT_MESSAGES).build();
        // Added here rather than through AiServices, which would read braces in the schema as template variables.
        memory.add(SystemMessage.from(systemPrompt.render(question)));
        History.messages(earlier).forEach(memory::add);
        return AiServices.builder(Assistant.class)
                .chatMemory(memory)
                .tools(toolBox.executors(session))
                .maxToolCallingRoundTrips(config.maxRoundTrips())
                .hallucinatedToolNameStrategy(request -> toolBox.unknownTool(request, session))
                .toolArgumentsErrorHandler((error, context) -> stop(StopAnswer.Reason.BAD_ARGUMENTS, error))
                .toolExecutionErrorHandler((error, context) -> stop(StopAnswer.Reason.TOOL_BROKE, error));
    }

    /** langchain4j would hand the error to the LLM; ShopSight's executors already did, so this one ends the answer. */
    private static ToolErrorHandlerResult stop(StopAnswer.Reason reason, Throwable error) {
        if (error instanceof StopAnswer s) {
            throw s;
        }
        throw new StopAnswer(reason, String.valueOf(error.getMessage()), error);
    }

    private <T> T await(Future<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        try {
            return future.get(config.answerTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }

    private Answer answer(Session session, String reply, List<Turn> earlier, long start) {
        String text = AnswerText.safe(reply.strip());
        List<String> sources = new ArrayList<>(session.sources());
        sources.add(session.question().text());
        sources.add(systemPrompt.definitions());
        sources.addAll(History.sources(earlier));
        List<String> notices = new ArrayList<>();
        List<String> unsupported = new NumberCheck(sources).unsupported(text);
        if (!unsupported.isEmpty()) {
            notices.add("These numbers in the answer appear in no tool result: " + String.join(", ", unsupported)
                    + ". Check them against the steps before relying on them.");
        }
        return new Answer(Answers.newId(), session.question().text(), session.conversationId(), Mode.LLM, config.model(),
                text, session.steps(), session.table(), session.chart(), session.sql(), Answers.understood(config, session),
                notices, usage(session, start));
    }

    private Answer failed(Session session, Throwable error, long start) {
        LlmFailure failure = LlmFailure.of(error, session, config);
        session.close();
        LOG.warn("The LLM did not answer: {} ({})", failure.kind(), failure.detail());
        LOG.debug("The LLM's error", error);
        if (failure.kind() == LlmFailure.Kind.SQL_ATTEMPTS) {
            Answer answer = Answers.sqlFailure(session, failure, config, usage(session, start));
            session.listener().text(answer.answer());
            store.append(session.conversationId(), new Turn(Instant.now(), answer, null));
            return answer;
        }
        return fallBack(session, failure, start);
    }

    private Answer fallBack(Session session, LlmFailure failure, long start) {
        session.close();
        Answer a = fallback.ask(offline(session.question(), session.conversationId()), session.listener());
        List<String> notices = new ArrayList<>(a.notices());
        notices.add(0, failure.fallbackNotice(config));
        return new Answer(a.id(), a.question(), a.conversationId(), a.mode(), a.model(), a.answer(), a.steps(), a.table(),
                a.chart(), a.sql(), a.understood(), notices, new Usage(session.llmCalls(), session.inputTokens(),
                        session.outputTokens(), millis(start)));
    }

    private static Question offline(Question q, String id) {
        return new Question(q.text(), id, Question.ModeChoice.OFFLINE, q.surface());
    }

    private static Usage usage(Session session, long start) {
        return new Usage(session.llmCalls(), session.inputTokens(), session.outputTokens(), millis(start));
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Stops the threads plain calls and streamed retries run on. */
    @Override
    public void close() {
        calls.shutdownNow();
    }
}
