package com.shopsight.web.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Which ShopSight conversation a Slack message continues: a thread's (its channel and its first
 * message), or, outside a thread (a slash command, a direct message), the channel's of the day,
 * so "and only online?" follows the answer just above it. Ids are derived rather than stored:
 * an HMAC of the place under the signing secret, so they survive restarts and cannot be worked
 * out from a channel id by someone reading conversations on the page.
 */
final class SlackConversations {
    private final SecretKeySpec key;
    private final Clock clock;

    SlackConversations(String secret, Clock clock) {
        this.key = new SecretKeySpec(("conversation:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    /** The conversation of the thread that starts with message {@code threadTs} in {@code channel}. */
    String ofThread(String team, String channel, String threadTs) {
        return id("thread", team, channel, threadTs);
    }

    /** Today's (UTC) conversation of {@code channel}, for messages outside threads. */
    String ofChannel(String team, String channel) {
        return id("channel", team, channel, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString());
    }

    private String id(String... parts) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            // 96 bits: no collisions between places in practice, and a valid conversation id (letters, digits, '-').
            return "slack-" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
