package com.shopsight.web.http;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a client address, a Slack user, a Slack team) holding a minute's
 * allowance and refilling steadily: a person never notices it, a loop or a flood is cut off.
 */
public final class KeyedRateLimit {
    private static final int MAX_KEYS = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public KeyedRateLimit(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be >= 1, not " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Takes one request from {@code key}'s allowance; false when it has none left. */
    public boolean allow(String key, long nowNanos) {
        return secondsToWait(key, nowNanos) == 0;
    }

    /** Takes one request from {@code key}'s allowance: 0, or the whole seconds until there is one again. */
    public long secondsToWait(String key, long nowNanos) {
        if (buckets.size() > MAX_KEYS) {
            // Forget keys quiet long enough to have a full bucket again: they lose nothing.
            buckets.values().removeIf(b -> b.full(nowNanos));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, nowNanos)).take(nowNanos);
    }

    public int perMinute() {
        return perMinute;
    }

    private static final class Bucket {
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
