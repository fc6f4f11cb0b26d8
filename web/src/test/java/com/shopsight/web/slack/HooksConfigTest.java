package com.shopsight.web.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signed endpoints' settings from the environment: off unless their secrets are set. */
class HooksConfigTest {
    @Test
    void everything_is_off_without_secrets() {
        HooksConfig c = HooksConfig.from(Map.of());

        assertThat(c.slack().commandsOn()).isFalse();
        assertThat(c.slack().eventsOn()).isFalse();
        assertThat(c.webhook().on()).isFalse();
        assertThat(c.slack().apiBase()).isEqualTo(URI.create("https://slack.com/api/"));
        assertThat(c.slack().responseBase()).isEqualTo(URI.create("https://hooks.slack.com/"));
    }

    @Test
    void reads_the_secrets_addresses_and_callback_hosts() {
        HooksConfig c = HooksConfig.from(Map.of("SLACK_SIGNING_SECRET", "abc", "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_API_URL", "http://127.0.0.1:9999/api", "SHOPSIGHT_PUBLIC_URL", "https://shopsight.example.com/",
                "SHOPSIGHT_WEBHOOK_SECRET", "0123456789abcdef", "SHOPSIGHT_WEBHOOK_CALLBACK_HOSTS", " Hooks.Example.com, ,localhost"));

        assertThat(c.slack().commandsOn()).isTrue();
        assertThat(c.slack().eventsOn()).isTrue();
        assertThat(c.slack().apiBase()).isEqualTo(URI.create("http://127.0.0.1:9999/api/"));
        assertThat(c.slack().publicUrl()).isEqualTo(URI.create("https://shopsight.example.com"));
        assertThat(c.webhook().on()).isTrue();
        assertThat(c.webhook().callbackHosts()).containsExactlyInAnyOrder("hooks.example.com", "localhost");
    }

    @Test
    void says_what_is_on_for_serve_to_print() {
        assertThat(HooksConfig.from(Map.of()).status()).isEmpty();
        assertThat(HooksConfig.from(Map.of("SLACK_SIGNING_SECRET", "abc", "SHOPSIGHT_WEBHOOK_SECRET", "0123456789abcdef")).status())
                .containsExactly(
                        "Slack: POST /slack/commands takes signed slash commands; /slack/events is off until SLACK_BOT_TOKEN is set.",
                        "note: without SHOPSIGHT_PUBLIC_URL, answers in Slack carry no link to their page.",
                        "Webhook: POST /api/webhook takes requests signed with SHOPSIGHT_WEBHOOK_SECRET; answers may be posted to no host"
                                + " (SHOPSIGHT_WEBHOOK_CALLBACK_HOSTS is empty).");
    }

    @Test
    void the_events_api_needs_the_bot_token_too() {
        HooksConfig c = HooksConfig.from(Map.of("SLACK_SIGNING_SECRET", "abc"));

        assertThat(c.slack().commandsOn()).isTrue();
        assertThat(c.slack().eventsOn()).isFalse();
    }

    @Test
    void refuses_a_short_webhook_secret_and_an_address_that_is_no_site() {
        assertThatThrownBy(() -> HooksConfig.from(Map.of("SHOPSIGHT_WEBHOOK_SECRET", "short")))
                .hasMessageContaining("at least 16 characters");
        assertThatThrownBy(() -> HooksConfig.from(Map.of("SHOPSIGHT_PUBLIC_URL", "shopsight.example.com")))
                .hasMessageContaining("SHOPSIGHT_PUBLIC_URL");
        assertThatThrownBy(() -> HooksConfig.from(Map.of("SHOPSIGHT_PUBLIC_URL", "https://x.example/?a=b")))
                .hasMessageContaining("SHOPSIGHT_PUBLIC_URL");
    }
}
