package com.shopsight.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bounded, expiring set of signatures and event ids already taken. */
class SeenSetTest {
    @Test
    void a_key_counts_once_until_it_expires() {
        SeenSet seen = new SeenSet(10);

        assertThat(seen.add("sig", 100, 0)).isEqualTo(SeenSet.Outcome.FIRST);
        assertThat(seen.add("sig", 100, 99)).isEqualTo(SeenSet.Outcome.REPEAT);
        assertThat(seen.add("sig", 200, 100)).isEqualTo(SeenSet.Outcome.FIRST);
    }

    @Test
    void when_full_of_unexpired_keys_it_refuses_rather_than_forget_one_early() {
        SeenSet seen = new SeenSet(2);
        seen.add("a", 100, 0);
        seen.add("b", 50, 0);

        assertThat(seen.add("c", 100, 10)).isEqualTo(SeenSet.Outcome.FULL);
        assertThat(seen.add("a", 100, 10)).isEqualTo(SeenSet.Outcome.REPEAT);
        assertThat(seen.add("c", 100, 60)).as("b has expired and made room").isEqualTo(SeenSet.Outcome.FIRST);
        assertThat(seen.size()).isEqualTo(2);
    }

    @Test
    void a_forgotten_key_counts_as_new() {
        SeenSet seen = new SeenSet(2);
        seen.add("event", 100, 0);
        seen.forget("event");

        assertThat(seen.add("event", 100, 1)).isEqualTo(SeenSet.Outcome.FIRST);
    }
}
