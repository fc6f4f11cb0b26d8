package com.shopsight.web.cli;

import com.shopsight.agent.Agent;
import com.shopsight.agent.OfflineAgent;
import com.shopsight.agent.Question;
import com.shopsight.agent.RoutingAgent;
import com.shopsight.tools.ShopSightException;
import com.shopsight.web.AppConfig;
import java.nio.file.Path;

/**
 * Opens the agent a command talks to, on a database, for a mode, keeping its conversations in
 * a given folder; the caller closes it when it is {@link AutoCloseable}. Commands take one so
 * that tests can hand them another.
 */
@FunctionalInterface
interface AgentOpener {
    Agent open(Path database, Question.ModeChoice mode, Path conversations);

    /**
     * The product's agent, configured as `ask` configures it (AppConfig's environment
     * variables): the planner, and the LLM agent when one is configured. Asking for the LLM
     * when none is configured is refused rather than quietly answered by the planner, so an
     * LLM evaluation never scores the planner by mistake.
     */
    AgentOpener PRODUCT = (database, mode, conversations) -> {
        AppConfig config = AppConfig.from(System.getenv(), database);
        if (mode == Question.ModeChoice.LLM && !config.llm().settings().configured()) {
            throw new ShopSightException("No LLM is configured: set OPENAI_API_KEY (and OPENAI_BASE_URL for a server"
                    + " other than OpenAI's, such as Ollama or vLLM), or use --mode offline.");
        }
        return RoutingAgent.open(database, config.data().docs(), config.gate().config(database), conversations,
                OfflineAgent.options(database), config.llm().settings(), config.llm().prompts());
    };
}
