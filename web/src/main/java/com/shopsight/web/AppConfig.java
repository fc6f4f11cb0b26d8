package com.shopsight.web;

import com.shopsight.agent.SchemaDocs;
import com.shopsight.agent.llm.LlmConfig;
import com.shopsight.tools.gate.GateConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * ShopSight's configuration, grouped by concern and filled in one place ({@link #from}) from
 * the command line and the environment; later issues add llm, web and slack groups.
 *
 * @param data where the data, the schema docs and the conversations are
 * @param gate the SQL gate's limits
 * @param llm the LLM to call, if any, and where its prompts are
 */
public record AppConfig(Data data, Gate gate, Llm llm) {
    /**
     * Where things are kept.
     *
     * @param database the DuckDB database
     * @param schemaDocs the schema-docs folder (semantic model, schema doc); bundled copies stand in for missing files
     * @param conversations the folder conversations are kept in, one JSON file each
     */
    public record Data(Path database, Path schemaDocs, Path conversations) {
        public Data {
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(schemaDocs, "schemaDocs");
            Objects.requireNonNull(conversations, "conversations");
        }

        public SchemaDocs docs() {
            return SchemaDocs.hm(schemaDocs);
        }
    }

    /**
     * The SQL gate's limits for every query.
     *
     * @param rowCap the most rows a query returns
     * @param timeout how long a query may run
     * @param memoryLimit DuckDB's memory limit ("2GB")
     */
    public record Gate(int rowCap, Duration timeout, String memoryLimit) {
        /** The gate configuration for {@code database} with these limits. */
        public GateConfig config(Path database) {
            return GateConfig.forDatabase(database).withRowCap(rowCap).withTimeout(timeout).withMemoryLimit(memoryLimit);
        }
    }

    /**
     * The LLM agent's settings.
     *
     * @param settings the endpoint, key, model, timeouts and limits ({@link LlmConfig#fromEnvironment})
     * @param prompts the prompts folder; files missing there come from the jar
     */
    public record Llm(LlmConfig settings, Path prompts) {
        public Llm {
            Objects.requireNonNull(settings, "settings");
            Objects.requireNonNull(prompts, "prompts");
        }
    }

    public AppConfig {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(llm, "llm");
    }

    /**
     * The configuration for {@code database} (from --db), with these environment variables:
     * SHOPSIGHT_SCHEMA_DOCS (default schema-docs), SHOPSIGHT_CONVERSATIONS (default
     * conversations beside the database), SHOPSIGHT_ROW_CAP (1000), SHOPSIGHT_QUERY_TIMEOUT
     * (seconds, 10) and SHOPSIGHT_MEMORY_LIMIT (2GB); for the LLM, SHOPSIGHT_PROMPTS (default
     * prompts) and the variables {@link LlmConfig#fromEnvironment} reads (OPENAI_API_KEY,
     * OPENAI_BASE_URL, SHOPSIGHT_MODEL, ...).
     *
     * @throws IllegalArgumentException when a variable holds a value that cannot be used
     */
    public static AppConfig from(Map<String, String> env, Path database) {
        Path docs = Path.of(env.getOrDefault("SHOPSIGHT_SCHEMA_DOCS", "schema-docs"));
        Path conversations = env.containsKey("SHOPSIGHT_CONVERSATIONS") ? Path.of(env.get("SHOPSIGHT_CONVERSATIONS"))
                : database.toAbsolutePath().resolveSibling("conversations");
        int rowCap = integer(env, "SHOPSIGHT_ROW_CAP", GateConfig.DEFAULT_ROW_CAP);
        Duration timeout = Duration.ofSeconds(integer(env, "SHOPSIGHT_QUERY_TIMEOUT", (int) GateConfig.DEFAULT_TIMEOUT.toSeconds()));
        String memory = env.getOrDefault("SHOPSIGHT_MEMORY_LIMIT", "2GB");
        Llm llm = new Llm(LlmConfig.fromEnvironment(env), Path.of(env.getOrDefault("SHOPSIGHT_PROMPTS", "prompts")));
        return new AppConfig(new Data(database, docs, conversations), new Gate(rowCap, timeout, memory), llm);
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
        }
    }
}
