package com.shopsight.web.http;

import static com.shopsight.web.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** The token: the API's bearer header, and the page's cookie set through the sign-in form. */
class ApiSecurityTest {
    private static final String TOKEN = "s3cret-token-for-tests-0123456789";

    @TempDir
    static Path folder;

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(folder, WebConfig.local().withToken(TOKEN));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void the_api_needs_the_bearer_token() {
        HttpResponse<String> none = server.get("/api/schema");
        HttpResponse<String> wrong = server.get("/api/schema", "Authorization", "Bearer nope");
        HttpResponse<String> right = server.get("/api/schema", "Authorization", "Bearer " + TOKEN);
        HttpResponse<String> post = server.post("/api/sql", "{\"sql\": \"SELECT 1 AS one\"}", "Authorization", "Bearer " + TOKEN);

        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(json(none).get("code").asText()).isEqualTo("unauthorized");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(right.statusCode()).isEqualTo(200);
        assertThat(post.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "POST | /api/ask        | {\"question\": \"top 5 colours\"}",
        "POST | /api/ask/stream | {\"question\": \"top 5 colours\"}",
        "POST | /api/sql        | {\"sql\": \"SELECT 1\"}",
        "GET  | /api/forecast   |",
        "GET  | /api/segments   |",
        "GET  | /api/churn      |",
        "GET  | /api/rules?item=Bikini%20top |",
        "GET  | /api/search?q=dress |",
        "GET  | /api/report?productType=Trousers |",
        "GET  | /api/schema     |",
    })
    void every_api_route_refuses_a_request_without_the_token_and_runs_nothing(String method, String path, String requestBody) {
        HttpResponse<String> r = method.equals("GET") ? server.get(path) : server.post(path, requestBody);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(401);
        assertThat(json(r).get("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void health_and_the_pages_static_files_stay_open() {
        assertThat(server.get("/api/health").statusCode()).isEqualTo(200);
        assertThat(server.get("/static/css/app.css").statusCode()).isEqualTo(200);
    }

    @Test
    void the_page_sends_a_person_to_sign_in_and_keeps_the_token_in_a_strict_http_only_cookie() {
        HttpResponse<String> page = server.get("/schema");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue("/login?next=%2Fschema");
        assertThat(server.get("/login").body()).contains("type=\"password\"");

        HttpResponse<String> wrong = form("token=nope&next=%2Fschema");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("That is not the token.");

        HttpResponse<String> right = form("token=" + TOKEN + "&next=%2Fschema");
        assertThat(right.statusCode()).isEqualTo(302);
        assertThat(right.headers().firstValue("Location")).hasValue("/schema");
        String cookie = right.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith(TokenAuthPlugin.COOKIE + "=").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");

        HttpResponse<String> signedIn = server.get("/schema", "Cookie", cookie.substring(0, cookie.indexOf(';')));
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.body()).contains("Sign out");
    }

    @Test
    void signing_in_never_sends_a_person_to_another_site() {
        HttpResponse<String> r = form("token=" + TOKEN + "&next=%2F%2Fevil.example%2F");

        assertThat(r.headers().firstValue("Location")).hasValue("/");
        assertThat(PageController.safeNext("https://evil.example")).isEqualTo("/");
        assertThat(PageController.safeNext("/\\evil.example")).isEqualTo("/");
        assertThat(PageController.safeNext("/c/c-123")).isEqualTo("/c/c-123");
    }

    private static HttpResponse<String> form(String body) {
        return server.send(HttpRequest.newBuilder(URI.create(server.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
