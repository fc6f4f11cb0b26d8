package com.shopsight.agent.llm;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible chat endpoint (OpenAI, Azure OpenAI, Ollama, vLLM, the
 * llama.cpp server) and how far to let the agent go. Filled in one place, {@code AppConfig},
 * from the environment ({@link #fromEnvironment}).
 *
 * @param baseUrl the API's base URL, ending before {@code /chat/completions}; null when no LLM is configured
 * @param apiKey the key sent as a Bearer token, or null for servers that need none (Ollama, vLLM)
 * @param model the model name sent with every request, never null
 * @param timeout the connect and read timeout of one HTTP call
 * @param answerTimeout the most one answer may take in all (every LLM call and tool together)
 * @param maxRetries retries of a failed LLM call (429, 5xx, timeouts); a streamed call only while nothing of it arrived
 * @param maxRoundTrips the most LLM responses with tool calls in one answer: the cap on tool loops
 * @param maxSqlAttempts the most failed SQL queries in one answer before it stops with the last error
 * @param historyTurns how many earlier turns of the conversation the LLM sees (the message window)
 * @param schemaTokens the largest schema doc put whole into the prompt; larger ones are retrieved per question
 * @param streaming whether answers stream (text deltas as they arrive) or come in one piece
 * @param temperature the sampling temperature sent, or null to send none (some reasoning models refuse one)
 */
public record LlmConfig(
        String baseUrl,
        String apiKey,
        String model,
        Duration timeout,
        Duration answerTimeout,
        int maxRetries,
        int maxRoundTrips,
        int maxSqlAttempts,
        int historyTurns,
        int schemaTokens,
        boolean streaming,
        Double temperature) {

    /** OpenAI's own endpoint, used when only a key is given. */
    public static final String OPENAI_URL = "https://api.openai.com/v1";
    /** The model asked for when SHOPSIGHT_MODEL is not set. */
    public static final String DEFAULT_MODEL = "gpt-4o-mini";

    public LlmConfig {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(answerTimeout, "answerTimeout");
        if (baseUrl != null) {
            URI uri = URI.create(baseUrl);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("OPENAI_BASE_URL must be an http or https URL, not '" + baseUrl + "'");
            }
        }
        if (model.isBlank()) {
            throw new IllegalArgumentException("the model name must not be blank");
        }
        if (timeout.isNegative() || timeout.isZero() || answerTimeout.isNegative() || answerTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be above zero");
        }
        if (temperature != null && (temperature < 0 || temperature > 2)) {
            throw new IllegalArgumentException("the temperature must be between 0 and 2, not " + temperature);
        }
        if (maxRetries < 0 || maxRoundTrips < 1 || maxSqlAttempts < 1 || historyTurns < 0 || schemaTokens < 500) {
            throw new IllegalArgumentException("retries >= 0, round trips >= 1, SQL attempts >= 1, history turns >= 0"
                    + " and schema tokens >= 500, not " + maxRetries + ", " + maxRoundTrips + ", " + maxSqlAttempts + ", "
                    + historyTurns + ", " + schemaTokens);
        }
    }

    /** No LLM: every question goes to the offline planner. */
    public static LlmConfig none() {
        return new LlmConfig(null, null, DEFAULT_MODEL, Duration.ofSeconds(60), Duration.ofSeconds(180), 2, 8, 3, 10, 8_000,
                true, 0.0);
    }

    /** An LLM at {@code baseUrl} with the defaults for everything else. */
    public static LlmConfig at(String baseUrl, String apiKey, String model) {
        LlmConfig d = none();
        return new LlmConfig(baseUrl, apiKey, model, d.timeout, d.answerTimeout, d.maxRetries, d.maxRoundTrips,
                d.maxSqlAttempts, d.historyTurns, d.schemaTokens, d.streaming, d.temperature);
    }

    /**
     * The configuration in {@code env}: OPENAI_API_KEY, OPENAI_BASE_URL (default OpenAI's when a
     * key is set; without either there is no LLM), SHOPSIGHT_MODEL (gpt-4o-mini),
     * SHOPSIGHT_LLM_TIMEOUT (seconds per call, 60), SHOPSIGHT_LLM_ANSWER_TIMEOUT (seconds per
     * answer, 180), SHOPSIGHT_LLM_RETRIES (2), SHOPSIGHT_LLM_ROUND_TRIPS (8),
     * SHOPSIGHT_LLM_SQL_ATTEMPTS (3), SHOPSIGHT_LLM_HISTORY (turns, 10), SHOPSIGHT_LLM_SCHEMA_TOKENS
     * (8000), SHOPSIGHT_LLM_STREAMING (true) and SHOPSIGHT_LLM_TEMPERATURE (0, or "none" to send
     * none).
     *
     * @throws IllegalArgumentException when a variable holds a value that cannot be used
     */
    public static LlmConfig fromEnvironment(Map<String, String> env) {
        String key = blankToNull(env.get("OPENAI_API_KEY"));
        String url = blankToNull(env.get("OPENAI_BASE_URL"));
        if (url == null && key != null) {
            url = OPENAI_URL;
        }
        LlmConfig d = none();
        String model = blankToNull(env.get("SHOPSIGHT_MODEL"));
        return new LlmConfig(
                url == null ? null : url.strip(),
                key,
                model == null ? DEFAULT_MODEL : model.strip(),
                Duration.ofSeconds(number(env, "SHOPSIGHT_LLM_TIMEOUT", d.timeout.toSeconds())),
                Duration.ofSeconds(number(env, "SHOPSIGHT_LLM_ANSWER_TIMEOUT", d.answerTimeout.toSeconds())),
                (int) number(env, "SHOPSIGHT_LLM_RETRIES", d.maxRetries),
                (int) number(env, "SHOPSIGHT_LLM_ROUND_TRIPS", d.maxRoundTrips),
                (int) number(env, "SHOPSIGHT_LLM_SQL_ATTEMPTS", d.maxSqlAttempts),
                (int) number(env, "SHOPSIGHT_LLM_HISTORY", d.historyTurns),
                (int) number(env, "SHOPSIGHT_LLM_SCHEMA_TOKENS", d.schemaTokens),
                flag(env, "SHOPSIGHT_LLM_STREAMING", d.streaming),
                temperature(env.get("SHOPSIGHT_LLM_TEMPERATURE"), d.temperature));
    }

    /** Whether an LLM is configured at all. */
    public boolean configured() {
        return baseUrl != null;
    }

    /** Where requests go, for notices and logs: the base URL without any user info or query. */
    public String endpoint() {
        if (baseUrl == null) {
            return "none";
        }
        URI uri = URI.create(baseUrl);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "")
                + (uri.getPath() == null ? "" : uri.getPath());
    }

    public LlmConfig withStreaming(boolean on) {
        return new LlmConfig(baseUrl, apiKey, model, timeout, answerTimeout, maxRetries, maxRoundTrips, maxSqlAttempts,
                historyTurns, schemaTokens, on, temperature);
    }

    public LlmConfig withTimeouts(Duration call, Duration answer) {
        return new LlmConfig(baseUrl, apiKey, model, call, answer, maxRetries, maxRoundTrips, maxSqlAttempts,
                historyTurns, schemaTokens, streaming, temperature);
    }

    public LlmConfig withRetries(int retries) {
        return new LlmConfig(baseUrl, apiKey, model, timeout, answerTimeout, retries, maxRoundTrips, maxSqlAttempts,
                historyTurns, schemaTokens, streaming, temperature);
    }

    public LlmConfig withLimits(int roundTrips, int sqlAttempts) {
        return new LlmConfig(baseUrl, apiKey, model, timeout, answerTimeout, maxRetries, roundTrips, sqlAttempts,
                historyTurns, schemaTokens, streaming, temperature);
    }

    public LlmConfig withSchemaTokens(int tokens) {
        return new LlmConfig(baseUrl, apiKey, model, timeout, answerTimeout, maxRetries, maxRoundTrips, maxSqlAttempts,
                historyTurns, tokens, streaming, temperature);
    }

    @Override
    public String toString() {
        // The key never reaches a log or an error message.
        return "LlmConfig[endpoint=" + endpoint() + ", model=" + model + ", key=" + (apiKey == null ? "none" : "set")
                + ", timeout=" + timeout + ", streaming=" + streaming + "]";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static Double temperature(String v, Double fallback) {
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (v.strip().equalsIgnoreCase("none")) {
            return null;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SHOPSIGHT_LLM_TEMPERATURE must be a number or none, not '" + v + "'");
        }
    }

    private static long number(Map<String, String> env, String name, long fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'");
        }
    }

    private static boolean flag(Map<String, String> env, String name, boolean fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false, not '" + v + "'");
        };
    }
}
