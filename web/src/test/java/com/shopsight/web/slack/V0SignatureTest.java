package com.shopsight.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Slack's signing scheme, checked against the example in Slack's documentation and against Slack's own SDK. */
class V0SignatureTest {
    /**
     * The example request of Slack's "Verifying requests from Slack"
     * (api.slack.com/authentication/verifying-requests-from-slack), verbatim.
     */
    static final String DOC_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String DOC_TIMESTAMP = "1531420618";
    static final String DOC_BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            + "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
            + "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String DOC_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static final byte[] BODY = DOC_BODY.getBytes(StandardCharsets.UTF_8);

    private static V0Signature at(long epochSecond) {
        return new V0Signature(DOC_SECRET, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void slacks_documented_example_verifies_exactly() {
        V0Signature scheme = at(1531420618L);

        assertThat(scheme.sign(DOC_TIMESTAMP, BODY)).isEqualTo(DOC_SIGNATURE);
        assertThat(scheme.check(DOC_TIMESTAMP, DOC_SIGNATURE, BODY)).isInstanceOf(V0Signature.Valid.class);
        assertThat(((V0Signature.Valid) scheme.check(DOC_TIMESTAMP, DOC_SIGNATURE, BODY)).expiresAtSecond())
                .isEqualTo(1531420618L + 300);
    }

    @Test
    void signs_as_slacks_own_sdk_does() {
        String body = "text=caf%C3%A9+%26+more&user_id=U1";
        String sdk = new SlackSignature.Generator(DOC_SECRET).generate(DOC_TIMESTAMP, body);

        assertThat(at(1531420618L).sign(DOC_TIMESTAMP, body.getBytes(StandardCharsets.UTF_8))).isEqualTo(sdk);
        assertThat(new SlackSignature.Generator(DOC_SECRET).generate(DOC_TIMESTAMP, DOC_BODY)).isEqualTo(DOC_SIGNATURE);
    }

    @Test
    void accepts_five_minutes_either_way_and_not_a_second_more() {
        long t = 1531420618L;

        assertThat(at(t + 300).check(DOC_TIMESTAMP, DOC_SIGNATURE, BODY)).isInstanceOf(V0Signature.Valid.class);
        assertThat(at(t - 300).check(DOC_TIMESTAMP, DOC_SIGNATURE, BODY)).isInstanceOf(V0Signature.Valid.class);
        assertThat(at(t + 301).check(DOC_TIMESTAMP, DOC_SIGNATURE, BODY)).isEqualTo(new V0Signature.Invalid(V0Signature.Failure.STALE));
        // Slack's SDK lets any future timestamp through; a signature made for later is refused here too.
        assertThat(at(t - 301).check(DOC_TIMESTAMP, DOC_SIGNATURE, BODY)).isEqualTo(new V0Signature.Invalid(V0Signature.Failure.STALE));
    }

    @Test
    void a_changed_body_another_secret_or_a_changed_timestamp_is_forged() {
        V0Signature scheme = at(1531420618L);
        byte[] changed = DOC_BODY.replace("text=", "text=drop+everything").getBytes(StandardCharsets.UTF_8);
        V0Signature other = new V0Signature("another-secret", Clock.fixed(Instant.ofEpochSecond(1531420618L), ZoneOffset.UTC));

        assertThat(scheme.check(DOC_TIMESTAMP, DOC_SIGNATURE, changed)).isEqualTo(new V0Signature.Invalid(V0Signature.Failure.FORGED));
        assertThat(other.check(DOC_TIMESTAMP, DOC_SIGNATURE, BODY)).isEqualTo(new V0Signature.Invalid(V0Signature.Failure.FORGED));
        assertThat(scheme.check("1531420619", DOC_SIGNATURE, BODY)).isEqualTo(new V0Signature.Invalid(V0Signature.Failure.FORGED));
        assertThat(scheme.check(DOC_TIMESTAMP, DOC_SIGNATURE.toUpperCase(), BODY))
                .isEqualTo(new V0Signature.Invalid(V0Signature.Failure.FORGED));
    }

    @Test
    void missing_headers_are_unsigned_and_a_timestamp_that_is_no_number_is_malformed() {
        V0Signature scheme = at(1531420618L);

        assertThat(scheme.check(null, DOC_SIGNATURE, BODY)).isEqualTo(new V0Signature.Invalid(V0Signature.Failure.UNSIGNED));
        assertThat(scheme.check(DOC_TIMESTAMP, null, BODY)).isEqualTo(new V0Signature.Invalid(V0Signature.Failure.UNSIGNED));
        assertThat(scheme.check(DOC_TIMESTAMP, " ", BODY)).isEqualTo(new V0Signature.Invalid(V0Signature.Failure.UNSIGNED));
        assertThat(scheme.check("-1531420618", DOC_SIGNATURE, BODY)).isEqualTo(new V0Signature.Invalid(V0Signature.Failure.MALFORMED));
        assertThat(scheme.check("1531420618.5", DOC_SIGNATURE, BODY)).isEqualTo(new V0Signature.Invalid(V0Signature.Failure.MALFORMED));
        assertThat(scheme.check("99999999999999999999", DOC_SIGNATURE, BODY))
                .isEqualTo(new V0Signature.Invalid(V0Signature.Failure.MALFORMED));
    }
}
