package com.shopsight.web.cli;

import com.shopsight.agent.Agent;
import com.shopsight.agent.OfflineAgent;
import com.shopsight.agent.Question;
import com.shopsight.agent.lexicon.NearestPhrase;
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
     * The product's agents, configured as `ask` configures them (AppConfig's environment
     * variables). The LLM agent (issue 7) is not in this build yet; until it lands, asking for
     * it says so rather than pretend.
     */
    AgentOpener PRODUCT = (database, mode, conversations) -> {
        if (mode != Question.ModeChoice.OFFLINE) {
            throw new ShopSightException("No " + mode.name().toLowerCase(java.util.Locale.ROOT)
                    + " agent is part of this build yet: the LLM agent is wired here when it lands.");
        }
        AppConfig config = AppConfig.from(System.getenv(), database);
        return OfflineAgent.open(database, config.data().docs(), config.gate().config(database), conversations,
                NearestPhrase.NONE);
    };
}
