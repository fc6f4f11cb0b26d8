package com.shopsight.web.http;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.plugin.Plugin;

/**
 * A per-client rate limit on the API and the sign-in form: a token bucket per client address
 * that holds a minute's allowance and refills steadily, so a person never notices it and a
 * flood (or a token-guessing script) gets 429 with Retry-After. The client is the connection's
 * address; X-Forwarded-For is ignored because any client can write it.
 */
final class ClientRateLimitPlugin extends Plugin<Void> {
    private final KeyedRateLimit limit;

    ClientRateLimitPlugin(int perMinute) {
        this.limit = new KeyedRateLimit(perMinute);
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
        long waitSeconds = limit.secondsToWait(ctx.ip(), System.nanoTime());
        if (waitSeconds > 0) {
            ctx.header("Retry-After", Long.toString(waitSeconds));
            throw new ApiException(429, "rate_limited",
                    "Too many requests: at most " + limit.perMinute() + " a minute from one client. Try again in " + waitSeconds + " s.");
        }
    }
}
