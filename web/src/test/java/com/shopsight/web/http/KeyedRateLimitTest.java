package com.shopsight.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A minute's allowance per key, refilled steadily. */
class KeyedRateLimitTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_key_gets_its_allowance_then_waits_for_the_refill() {
        KeyedRateLimit limit = new KeyedRateLimit(20);
        for (int i = 0; i < 20; i++) {
            assertThat(limit.allow("T1/U1", 0)).isTrue();
        }

        assertThat(limit.allow("T1/U1", 0)).isFalse();
        assertThat(limit.allow("T1/U2", 0)).as("another person has their own").isTrue();
        assertThat(limit.allow("T1/U1", 3 * SECOND)).as("one question every 3 s comes back").isTrue();
        assertThat(limit.allow("T1/U1", 3 * SECOND)).isFalse();
    }
}
