package com.shopsight.web.slack;

import static com.shopsight.web.slack.HooksServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without their secrets the signed endpoints are off, never open; with the API token on they still take signatures. */
class SignedEndpointsOffTest {
    @TempDir
    Path folder;

    @Test
    void without_secrets_every_signed_endpoint_answers_404_and_says_what_to_set() {
        try (HooksServer server = HooksServer.off(folder)) {
            HttpResponse<String> command = server.command(server.command("top 5 colours", "C1", "U1"));
            HttpResponse<String> events = server.event("{\"type\": \"url_verification\", \"challenge\": \"abc\"}");
            HttpResponse<String> webhook = server.webhook("{\"question\": \"top 5 colours\"}");

            assertThat(command.statusCode()).isEqualTo(404);
            assertThat(json(command.body()).path("code").asText()).isEqualTo("not_configured");
            assertThat(json(command.body()).path("message").asText()).contains("SLACK_SIGNING_SECRET");
            assertThat(events.statusCode()).isEqualTo(404);
            assertThat(json(events.body()).path("message").asText()).contains("SLACK_BOT_TOKEN");
            assertThat(webhook.statusCode()).isEqualTo(404);
            assertThat(json(webhook.body()).path("message").asText()).contains("SHOPSIGHT_WEBHOOK_SECRET");
            assertThat(server.agent().questions()).isEmpty();
        }
    }

    @Test
    void with_the_api_token_on_signed_requests_need_no_token_and_unsigned_ones_get_no_way_in() {
        try (HooksServer server = HooksServer.withToken(folder, "api-token-for-tests-0123456789")) {
            HttpResponse<String> signed = server.command(server.command("help", "C1", "U1"));
            HttpResponse<String> unsigned = server.post(Hooks.SLASH_COMMAND, "application/x-www-form-urlencoded",
                    server.command("help", "C1", "U1"));
            HttpResponse<String> webhook = server.webhook("{\"question\": \"top 3 colours\"}");

            assertThat(signed.statusCode()).isEqualTo(200);
            assertThat(unsigned.statusCode()).isEqualTo(401);
            assertThat(json(unsigned.body()).path("code").asText()).isEqualTo("unsigned");
            assertThat(webhook.statusCode()).isEqualTo(200);
            assertThat(server.get("/api/schema").statusCode()).as("the rest of the API still needs the token").isEqualTo(401);
        }
    }
}
