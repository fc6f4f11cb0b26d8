package com.shopsight.agent.planner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Mode;
import com.shopsight.agent.answer.Step;
import com.shopsight.agent.answer.Usage;
import com.shopsight.agent.conversation.Conversation;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.agent.conversation.Turn;
import com.shopsight.agent.lexicon.EnglishWords;
import com.shopsight.agent.lexicon.Lexicon;
import com.shopsight.agent.lexicon.NearestPhrase;
import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.schema.SchemaDoc;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * The offline agent: answers questions with no LLM and no network by reading them against the
 * semantic model (mapper, parser, correctors), running the SQL it writes through the gate (or
 * calling a tool), and keeping each conversation so follow-ups work across runs. Questions it
 * does not understand, or will not answer, get an answer that says so with suggestions.
 */
public final class OfflinePlanner implements Agent {
    private final Planner planner;
    private final SqlExecutor sql;
    private final Map<String, ToolExecutor> tools;
    private final ToolExecutor missingTool;
    private final Understanding understanding;
    private final Suggestions suggestions;
    private final ConversationStore store;
    private final ObjectMapper json;
    /**
     * Admits answers first come, first served, as many at once as the gate has connections:
     * more would only queue again at the gate for every query they run, so an answer of three
     * queries would wait three times behind the whole crowd while a one-query answer waits once.
     * Under load that made the slowest answers several times the median (p99 3.6 s against a
     * 1.0 s median with 50 clients); admitted once, an answer runs its queries without waiting.
     */
    private final Semaphore answering;

    private OfflinePlanner(Planner planner, SqlExecutor sql, Map<String, ToolExecutor> tools, ToolExecutor missingTool,
            Understanding understanding, Suggestions suggestions, ConversationStore store, ObjectMapper json,
            int concurrentAnswers) {
        this.planner = planner;
        this.sql = sql;
        this.tools = Map.copyOf(tools);
        this.missingTool = missingTool;
        this.understanding = understanding;
        this.suggestions = suggestions;
        this.store = store;
        this.json = json;
        this.answering = new Semaphore(concurrentAnswers, true);
    }

    /**
     * A planner over the database behind {@code gate}: takes the values of its categorical
     * columns from {@code schemaDoc} when that was learned from this database (else reads them
     * through the gate), builds the lexicon, and keeps conversations in {@code store}. Words
     * the lexicon does not know go to {@code nearest} (an embedding model, or
     * {@link NearestPhrase#NONE}).
     */
    public static OfflinePlanner create(SqlGate gate, SemanticModel model, Optional<SchemaDoc> schemaDoc,
            ConversationStore store, NearestPhrase nearest) {
        return create(gate, model, schemaDoc, store, PlannerOptions.defaults().withNearest(nearest));
    }

    /**
     * A planner as {@link #create(SqlGate, SemanticModel, Optional, ConversationStore, NearestPhrase)}
     * makes it, resolving unknown words and searching products as {@code options} say.
     */
    public static OfflinePlanner create(SqlGate gate, SemanticModel model, Optional<SchemaDoc> schemaDoc,
            ConversationStore store, PlannerOptions options) {
        DataFacts facts = DataFacts.read(gate, model, schemaDoc);
        Lexicon lexicon = Lexicon.build(model, facts.values(), EnglishWords.load());
        Labels labels = new Labels(model);
        TimeReader time = new TimeReader(facts.calendar());
        Planner planner = Planner.of(model, lexicon, facts.calendar(), options.nearest().apply(lexicon));
        Understanding understanding = new Understanding(labels, time);
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        SqlTranslator translator = new SqlTranslator(model);
        SqlExecutor sql = new SqlExecutor(gate, translator, new Narrator(model, labels, understanding),
                new QueryCharts(labels), json, new Periods(facts.calendar(), model), labels);
        ToolScope.Reader scopes = new ToolScope.Reader(model);
        ToolCharts charts = new ToolCharts();
        Map<String, ToolExecutor> tools = Map.of(
                ForecastExecutor.TOOL, new ForecastExecutor(gate, model,
                        new ForecastSeries(model, scopes, translator, facts.calendar()), charts, json),
                SegmentsExecutor.TOOL, new SegmentsExecutor(gate, labels, scopes, charts, json),
                ChurnExecutor.TOOL, new ChurnExecutor(gate, labels, charts, json, facts.calendar()),
                BasketExecutor.TOOL, new BasketExecutor(gate, model, charts, json),
                SearchExecutor.TOOL, new SearchExecutor(() -> options.search().apply(gate), json),
                ReportExecutor.TOOL, new ReportExecutor(gate, labels, json, facts.calendar()));
        return new OfflinePlanner(planner, sql, tools, new MissingTool(labels), understanding,
                new Suggestions(lexicon, model.examples()), store, json, gate.config().connections());
    }

    /**
     * How the planner reads {@code question} in its conversation, without running a query or
     * keeping a turn: what routing asks before choosing between the planner and an LLM.
     */
    public PlanOutcome read(Question question) {
        String text = question.text().strip();
        if (text.isEmpty() || text.length() > Question.MAX_LENGTH) {
            return PlanOutcome.notUnderstood("The question is empty or too long.");
        }
        Optional<Turn> last = question.conversationId() == null ? Optional.empty()
                : store.load(question.conversationId()).flatMap(Conversation::last);
        return planner.plan(text, context(last, new ArrayList<>()));
    }

    @Override
    public Answer ask(Question question, AnswerListener listener) {
        long start = System.nanoTime();
        try {
            answering.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShopSightException("Interrupted while waiting to answer", e);
        }
        try {
            return answer(question, listener, start);
        } finally {
            answering.release();
        }
    }

    private Answer answer(Question question, AnswerListener listener, long start) {
        String conversationId = question.conversationId() != null ? question.conversationId() : ConversationStore.newId();
        if (!ConversationStore.validId(conversationId)) {
            throw new IllegalArgumentException("not a conversation id: " + conversationId);
        }
        Optional<Turn> last = store.load(conversationId).flatMap(Conversation::last);
        List<String> notices = new ArrayList<>();
        Context context = context(last, notices);
        String text = question.text().strip();
        listener.stepStarted("planner", json.createObjectNode().put("question", text));
        PlanOutcome outcome = text.isEmpty() ? PlanOutcome.notUnderstood("The question is empty.")
                : text.length() > Question.MAX_LENGTH
                        ? PlanOutcome.notUnderstood("The question is longer than " + Question.MAX_LENGTH + " characters.")
                        : planner.plan(text, context);
        Step plan = new Step("planner", json.createObjectNode().put("question", text), null, null, millis(start), null);
        listener.stepFinished(plan);
        QueryContext queryContext = new QueryContext(question.surface(), conversationId);
        List<Step> steps = new ArrayList<>(List.of(plan));
        String understood;
        Execution done;
        JsonNode state = last.map(Turn::state).orElse(null);
        if (outcome instanceof PlanOutcome.Planned p) {
            SemanticQuery q = p.query();
            understood = understanding.of(q);
            notices.addAll(q.notes());
            done = q.intent() == Intent.TOOL
                    ? tools.getOrDefault(q.tool().tool(), missingTool).run(q, understood, queryContext, listener)
                    : sql.run(q, understood, queryContext, listener);
            if (done.succeeded()) {
                state = json.valueToTree(q);
            }
        } else if (outcome instanceof PlanOutcome.NotUnderstood n) {
            understood = "not understood: " + n.reason();
            done = Execution.text(notUnderstood(n, text));
        } else {
            PlanOutcome.Refused r = (PlanOutcome.Refused) outcome;
            understood = "refused (" + r.kind() + "): " + r.reason();
            done = Execution.text(refusal(r));
        }
        steps.addAll(done.steps());
        notices.addAll(done.notices());
        listener.text(done.text());
        Answer answer = new Answer(answerId(), question.text(), conversationId, Mode.OFFLINE, null, done.text(), steps,
                done.table(), done.chart(), done.sql(), understood, notices, Usage.offline(millis(start)));
        store.append(conversationId, new Turn(Instant.now(), answer, state));
        return answer;
    }

    private Context context(Optional<Turn> last, List<String> notices) {
        if (last.isEmpty() || last.get().state() == null) {
            return Context.NONE;
        }
        try {
            SemanticQuery previous = json.treeToValue(last.get().state(), SemanticQuery.class);
            return new Context(previous, last.get().answer().table());
        } catch (IOException | IllegalArgumentException e) {
            // A turn kept by another version of the planner: the question still gets an answer, on its own.
            notices.add("The earlier turns of this conversation could not be read (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); this question was answered on its own.");
            return Context.NONE;
        }
    }

    private String notUnderstood(PlanOutcome.NotUnderstood n, String question) {
        List<String> nearest = n.suggestions().isEmpty() ? suggestions.nearest(question) : n.suggestions();
        return "I did not understand the question. " + n.reason() + "\n\nQuestions I can answer, for example:\n\n"
                + String.join("\n", nearest.stream().map(s -> "- " + s).toList());
    }

    private String refusal(PlanOutcome.Refused r) {
        String lead = switch (r.kind()) {
            case "destructive" -> "I cannot do that: " + r.reason();
            case "unavailable" -> "I cannot answer that: " + r.reason() + ".";
            default -> r.reason();
        };
        return lead + "\n\nQuestions I can answer, for example:\n\n"
                + String.join("\n", suggestions.some().stream().map(s -> "- " + s).toList());
    }

    private static String answerId() {
        return "a-" + ConversationStore.newId().substring(2) + Long.toHexString(System.nanoTime() & 0xffff);
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
