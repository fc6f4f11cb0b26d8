package com.shopsight.web.http;

import static com.shopsight.web.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-client rate limit of the API. */
class RateLimitTest {
    private static final int PER_MINUTE = 20;

    @TempDir
    Path folder;

    @Test
    void a_client_over_the_limit_gets_429_with_retry_after_and_health_is_never_limited() {
        try (TestServer server = TestServer.start(folder, WebConfig.local().withRateLimit(PER_MINUTE))) {
            int ok = 0;
            HttpResponse<String> last = null;
            for (int i = 0; i < PER_MINUTE + 5; i++) {
                last = server.get("/api/schema");
                ok += last.statusCode() == 200 ? 1 : 0;
            }

            // The bucket refills while the requests run, so one or two more may pass.
            assertThat(ok).isBetween(PER_MINUTE, PER_MINUTE + 2);
            assertThat(last.statusCode()).isEqualTo(429);
            assertThat(json(last).get("code").asText()).isEqualTo("rate_limited");
            assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isPositive());
            assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
            assertThat(server.get("/").statusCode()).isEqualTo(200);
        }
    }
}
