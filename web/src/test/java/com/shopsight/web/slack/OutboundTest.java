package com.shopsight.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every request the server sends: redirects are not followed, anything but 2xx is a failure. */
class OutboundTest {
    private final Outbound out = new Outbound(Duration.ofSeconds(10));

    @Test
    void delivers_json_and_reads_the_reply() {
        try (StandIn standIn = new StandIn()) {
            Outbound.Delivery d = out.post(standIn.url("in"), "{\"a\": 1}", Map.of("X-Test", "yes"));

            assertThat(d).isEqualTo(new Outbound.Delivered(200, "{\"ok\": true}"));
            StandIn.Received r = standIn.next(10);
            assertThat(r.body()).isEqualTo("{\"a\": 1}");
            assertThat(r.header("X-Test")).isEqualTo("yes");
            assertThat(r.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
        }
    }

    @Test
    void never_follows_a_redirect() {
        try (StandIn standIn = new StandIn()) {
            standIn.reply("/hop", new StandIn.Reply(307, Map.of("Location", standIn.url("target").toString()), ""));

            Outbound.Delivery d = out.post(standIn.url("hop"), "{}", Map.of());

            assertThat(d).isInstanceOf(Outbound.Failed.class);
            assertThat(((Outbound.Failed) d).reason()).contains("307 redirect").contains("not followed");
            assertThat(standIn.drain()).extracting(StandIn.Received::path).containsExactly("/hop");
        }
    }

    @Test
    void an_error_status_or_no_server_is_a_failure() {
        try (StandIn standIn = new StandIn()) {
            standIn.reply("/broken", new StandIn.Reply(500, Map.of(), "oops"));

            assertThat(out.post(standIn.url("broken"), "{}", Map.of())).isEqualTo(new Outbound.Failed("HTTP 500: oops"));
        }
        assertThat(out.post(URI.create("http://127.0.0.1:1/"), "{}", Map.of())).isInstanceOf(Outbound.Failed.class);
    }
}
