package com.shopsight.web.slack;

import java.util.HashMap;
import java.util.Map;

/**
 * Keys seen recently, each until its own expiry, at most {@code capacity} at a time: the
 * signatures already accepted (a replay carries one of them) and the Slack events already
 * taken (Slack retries an event it thinks was missed). When full of unexpired keys it takes no
 * more rather than forget one early, which would let that key be replayed.
 */
final class SeenSet {
    /** What adding a key found. */
    enum Outcome {
        /** Not seen before (or expired since); now remembered. */
        FIRST,
        /** Seen before and not yet expired. */
        REPEAT,
        /** Not seen, but the set is full of unexpired keys: the caller must refuse the request. */
        FULL
    }

    private final int capacity;
    private final Map<String, Long> expiries = new HashMap<>();

    SeenSet(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Remembers {@code key} until {@code expiresAt} (any unit, as long as {@code now} is in the same). */
    synchronized Outcome add(String key, long expiresAt, long now) {
        Long known = expiries.get(key);
        if (known != null && known > now) {
            return Outcome.REPEAT;
        }
        if (known == null && expiries.size() >= capacity) {
            expiries.values().removeIf(expiry -> expiry <= now);
            if (expiries.size() >= capacity) {
                return Outcome.FULL;
            }
        }
        expiries.put(key, expiresAt);
        return Outcome.FIRST;
    }

    /** Forgets {@code key}, so a later delivery of it counts as the first (for work that could not be queued). */
    synchronized void forget(String key) {
        expiries.remove(key);
    }

    synchronized int size() {
        return expiries.size();
    }
}
