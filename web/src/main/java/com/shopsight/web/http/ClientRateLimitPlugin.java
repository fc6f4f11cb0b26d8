package com.shopsight.web.http;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.plugin.Plugin;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-client rate limit on the API and the sign-in form: a token bucket per client address
 * that holds a minute's allowance and refills steadily, so a person never notices it and a
 * flood (or a token-guessing script) gets 429 with Retry-After. The client is the connection's
 * address; X-Forwarded-For is ignored because any client can write it.
 */
final class ClientRateLimitPlugin extends Plugin<Void> {
    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimitPlugin(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be >= 1, not " + perMinute);
        }
        this.perMinute = perMinute;
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.before(this::check);
    }

    private void check(Context ctx) {
        String path = ctx.path();
        boolean limited = (path.startsWith("/api/") && !path.equals("/api/health"))
                || (path.equals("/login") && ctx.method() == HandlerType.POST);
        if (!limited) {
            return;
        }
        long now = System.nanoTime();
        if (buckets.size() > MAX_CLIENTS) {
            // Forget clients that have been quiet long enough to have a full bucket again.
            buckets.values().removeIf(b -> b.full(now));
        }
        Bucket bucket = buckets.computeIfAbsent(ctx.ip(), ip -> new Bucket(perMinute, now));
        long waitSeconds = bucket.take(now);
        if (waitSeconds > 0) {
            ctx.header("Retry-After", Long.toString(waitSeconds));
            throw new ApiException(429, "rate_limited",
                    "Too many requests: at most " + perMinute + " a minute from one client. Try again in " + waitSeconds + " s.");
        }
    }

    /** Tokens refill at perMinute per minute up to perMinute. */
    static final class Bucket {
        private final double capacity;
        private final double perNano;
        private double tokens;
        private long last;

        Bucket(int perMinute, long now) {
            this.capacity = perMinute;
            this.perNano = perMinute / 60e9;
            this.tokens = perMinute;
            this.last = now;
        }

        /** Takes a token; returns 0, or the seconds until one is there. */
        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / perNano / 1e9));
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * perNano);
            last = now;
        }
    }
}
