package com.shopsight.web.slack;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Slack's request signing scheme, version "v0": {@code v0=} and the hex HMAC-SHA256, keyed by the
 * signing secret, of {@code v0:{timestamp}:{raw body}}, with the timestamp in Unix seconds. The
 * Slack endpoints check it with Slack's secret; the generic webhook uses the same scheme with its
 * own secret and header names, so a client that can sign for Slack can sign for ShopSight.
 *
 * <p>Slack's SDK has a verifier ({@code SlackSignature.Verifier}), but it compares with
 * {@code String.equals}, accepts any timestamp in the future and encodes with the platform's
 * default charset; this one compares in constant time, allows five minutes either way, and
 * hashes the raw body bytes. The tests check both against Slack's documented example.
 */
final class V0Signature {
    /** How far a request's timestamp may be from now, either way (Slack's rule). */
    static final Duration WINDOW = Duration.ofMinutes(5);
    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}");
    private static final String ALGORITHM = "HmacSHA256";

    /** Why a request was not accepted. */
    enum Failure {
        /** No signature or no timestamp. */
        UNSIGNED,
        /** The timestamp is not a number of seconds. */
        MALFORMED,
        /** The timestamp is more than {@link #WINDOW} away from now. */
        STALE,
        /** The signature is not the body's under this secret. */
        FORGED
    }

    /** The outcome of a check: valid (with the timestamp's expiry), or a failure. */
    sealed interface Check permits Valid, Invalid {}

    /** A good signature; it stops passing the clock check at {@code expiresAtSecond}. */
    record Valid(long expiresAtSecond) implements Check {}

    record Invalid(Failure failure) implements Check {}

    private final SecretKeySpec key;
    private final Clock clock;

    V0Signature(String secret, Clock clock) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("a signing secret is required");
        }
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The {@code v0=...} signature of {@code body} sent at {@code timestamp} (Unix seconds). */
    String sign(String timestamp, byte[] body) {
        return "v0=" + HexFormat.of().formatHex(mac(timestamp, body));
    }

    /** Checks the timestamp against the clock, then the signature, in time independent of where it differs. */
    Check check(String timestamp, String signature, byte[] body) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) {
            return new Invalid(Failure.UNSIGNED);
        }
        if (!SECONDS.matcher(timestamp).matches()) {
            return new Invalid(Failure.MALFORMED);
        }
        long sent = Long.parseLong(timestamp);
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - sent) > WINDOW.toSeconds()) {
            return new Invalid(Failure.STALE);
        }
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? new Valid(sent + WINDOW.toSeconds()) : new Invalid(Failure.FORGED);
    }

    private byte[] mac(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            // Every Java runtime ships HmacSHA256; reaching this means a broken runtime.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
