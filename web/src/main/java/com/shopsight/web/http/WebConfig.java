package com.shopsight.web.http;

import com.shopsight.web.slack.HooksConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Objects;

/**
 * How the web server listens and protects itself.
 *
 * @param host the address to bind ("127.0.0.1" keeps the server on this machine)
 * @param port the port, 0 for any free one
 * @param apiToken the bearer token that protects the API and the page, or null for none
 * @param requestsPerMinute how many API requests one client may make per minute, 0 for no limit
 * @param maxBodyBytes the largest request body accepted
 * @param answerCache how many first-question answers of the offline planner to reuse, 0 for none
 * @param hooks the Slack endpoints and the generic webhook (off until their secrets are set), never null
 */
public record WebConfig(String host, int port, String apiToken, int requestsPerMinute, long maxBodyBytes, int answerCache,
        HooksConfig hooks) {
    /** Room for every example question and then some; an answer is a few kilobytes. */
    public static final int DEFAULT_ANSWER_CACHE = 1_000;
    /** 64 KiB: a question is at most 2,000 characters and a query at most 20,000. */
    public static final long DEFAULT_MAX_BODY = 64 * 1024;
    /** Enough for a person clicking fast and a script polling; a flood is cut off. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 120;

    public WebConfig {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
        if (apiToken != null && apiToken.isBlank()) {
            apiToken = null;
        }
        if (apiToken != null && apiToken.length() < 16) {
            throw new IllegalArgumentException("SHOPSIGHT_API_TOKEN must have at least 16 characters");
        }
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("requestsPerMinute must be >= 0, not " + requestsPerMinute);
        }
        if (answerCache < 0) {
            throw new IllegalArgumentException("answerCache must be >= 0, not " + answerCache);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be at least 1024, not " + maxBodyBytes);
        }
        Objects.requireNonNull(hooks, "hooks");
    }

    /**
     * The server on {@code host:port} with SHOPSIGHT_API_TOKEN, SHOPSIGHT_RATE_LIMIT (requests a
     * minute) and the Slack and webhook variables ({@link HooksConfig#from}) from {@code env}.
     */
    public static WebConfig from(Map<String, String> env, String host, int port) {
        String limit = env.get("SHOPSIGHT_RATE_LIMIT");
        int perMinute;
        try {
            perMinute = limit == null || limit.isBlank() ? DEFAULT_REQUESTS_PER_MINUTE : Integer.parseInt(limit.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("SHOPSIGHT_RATE_LIMIT must be a whole number of requests a minute, not '" + limit + "'");
        }
        return new WebConfig(host, port, env.get("SHOPSIGHT_API_TOKEN"), perMinute, DEFAULT_MAX_BODY, DEFAULT_ANSWER_CACHE,
                HooksConfig.from(env));
    }

    /** A server for tests and benchmarks: loopback, any port, no token, no rate limit, no Slack or webhook. */
    public static WebConfig local() {
        return new WebConfig("127.0.0.1", 0, null, 0, DEFAULT_MAX_BODY, DEFAULT_ANSWER_CACHE, HooksConfig.OFF);
    }

    public WebConfig withToken(String token) {
        return new WebConfig(host, port, token, requestsPerMinute, maxBodyBytes, answerCache, hooks);
    }

    public WebConfig withRateLimit(int perMinute) {
        return new WebConfig(host, port, apiToken, perMinute, maxBodyBytes, answerCache, hooks);
    }

    public WebConfig withAnswerCache(int entries) {
        return new WebConfig(host, port, apiToken, requestsPerMinute, maxBodyBytes, entries, hooks);
    }

    public WebConfig withHooks(HooksConfig h) {
        return new WebConfig(host, port, apiToken, requestsPerMinute, maxBodyBytes, answerCache, h);
    }

    /** Whether only this machine can reach the server. */
    public boolean loopbackOnly() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
