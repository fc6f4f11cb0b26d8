package com.shopsight.web.slack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a Slack user, a Slack team) holding a minute's allowance and refilling
 * steadily: a person never notices it, a loop or a flood is cut off. Slack's requests all come
 * from Slack's addresses, so limiting by address, as the API does, would limit everyone at once.
 */
final class KeyedRateLimit {
    private static final int MAX_KEYS = 10_000;

    private final int perMinute;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    KeyedRateLimit(int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be >= 1, not " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Takes one request from {@code key}'s allowance; false when it has none left. */
    boolean allow(String key, long nowNanos) {
        if (buckets.size() > MAX_KEYS) {
            // Forget keys quiet long enough to have a full bucket again: they lose nothing.
            buckets.values().removeIf(b -> b.full(nowNanos));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, nowNanos)).take(nowNanos);
    }

    int perMinute() {
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

        synchronized boolean take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
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
