package com.shopsight.web.cli;

import com.shopsight.agent.Agent;
import com.shopsight.agent.Question;
import com.shopsight.tools.ShopSightException;
import java.nio.file.Path;

/**
 * Opens the agent a command talks to, on a database and for a mode; the caller closes it
 * when it is {@link AutoCloseable}. Commands take one so that tests can hand them another.
 */
@FunctionalInterface
interface AgentOpener {
    Agent open(Path database, Question.ModeChoice mode);

    /**
     * The product's agents. The offline planner (issue 6) and the LLM agent (issue 7) are
     * not in this build yet; until they land this says so rather than pretend.
     */
    AgentOpener PRODUCT = (database, mode) -> {
        throw new ShopSightException("No " + mode.name().toLowerCase(java.util.Locale.ROOT)
                + " agent is part of this build yet: the offline planner and the LLM agent are wired here when they land.");
    };
}
