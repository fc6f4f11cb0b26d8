package com.shopsight.web.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.agent.Question;
import com.shopsight.agent.RoutingAgent;
import com.shopsight.agent.answer.Answer;
import com.shopsight.agent.conversation.ConversationStore;
import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.web.AppConfig;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `shopsight ask "question"`: one question to the agent, answered for a terminal or as Answer JSON. */
@Command(
        name = "ask",
        mixinStandardHelpOptions = true,
        description = {
            "Ask a question about the data and print the answer, its table, chart and SQL.",
            "With no LLM configured the offline planner answers: rankings, breakdowns, shares, time series,",
            "comparisons and follow-ups (\"and only online?\", \"top 20 instead\", \"why?\").",
            "Continue a conversation with --conversation ID (the id is printed with every answer).",
            "With an LLM configured (OPENAI_API_KEY and/or OPENAI_BASE_URL, SHOPSIGHT_MODEL), --mode auto sends",
            "what the planner cannot read fully to the LLM; --mode llm always asks the LLM, --mode offline never."
        },
        footer = {"", "Examples:",
            "  shopsight ask \"top 5 colours by revenue\"",
            "  shopsight ask \"weekly sales of trousers over the last 12 weeks\"",
            "  shopsight ask --conversation c-1a2b3c4d5e6f \"and only online?\"",
            "  OPENAI_BASE_URL=http://localhost:11434/v1 SHOPSIGHT_MODEL=qwen2.5:7b shopsight ask --mode llm \"...\""})
final class AskCommand implements Runnable {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    ShopSightCli parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "The question; quote it, or write it as words.")
    List<String> words;

    @Option(names = "--json", description = "Print exactly the Answer object as JSON.")
    boolean json;

    @Option(names = "--conversation", paramLabel = "ID", description = "Continue this conversation.")
    String conversation;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (default), llm or offline: which agent answers.")
    String mode;

    @Override
    public void run() {
        String question = words == null ? "" : String.join(" ", words).strip();
        if (question.isEmpty()) {
            throw new InputRejectedException("The question is empty. Try: shopsight ask \"top 5 colours by revenue\"");
        }
        if (question.length() > Question.MAX_LENGTH) {
            throw new InputRejectedException("The question has " + question.length() + " characters; the most is "
                    + Question.MAX_LENGTH + ".");
        }
        if (conversation != null && !ConversationStore.validId(conversation)) {
            throw new InputRejectedException("Not a conversation id: " + conversation
                    + " (letters, digits, '-' and '_', at most 64).");
        }
        Question.ModeChoice choice = switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> Question.ModeChoice.AUTO;
            case "llm" -> Question.ModeChoice.LLM;
            case "offline" -> Question.ModeChoice.OFFLINE;
            default -> throw new InputRejectedException("--mode must be auto, llm or offline, not '" + mode + "'.");
        };
        DuckDb.requireExists(parent.db);
        AppConfig config = AppConfig.from(System.getenv(), parent.db);
        Answer answer;
        try (RoutingAgent agent = RoutingAgent.open(config.data().database(), config.data().docs(),
                config.gate().config(config.data().database()), config.data().conversations(),
                com.shopsight.agent.lexicon.NearestPhrase.NONE, config.llm().settings(), config.llm().prompts())) {
            answer = agent.ask(new Question(question, conversation, choice, "cli"));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(JSON.writeValueAsString(answer));
            } catch (JsonProcessingException e) {
                throw new ShopSightException("Cannot write the answer as JSON: " + e.getMessage(), e);
            }
        } else {
            AnswerPrinter.print(answer, out);
        }
        out.flush();
    }
}
