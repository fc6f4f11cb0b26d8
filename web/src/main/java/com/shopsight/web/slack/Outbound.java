package com.shopsight.web.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Every request ShopSight sends to another server (Slack's response_url and Web API, webhook
 * callbacks) goes out here under one policy: redirects are never followed (a redirect could
 * lead past the allow-list), timeouts are short, and only the first few kilobytes of a reply
 * are read.
 */
final class Outbound {
    private static final int MAX_REPLY = 64 * 1024;

    /** What became of a request. */
    sealed interface Delivery permits Delivered, Failed {}

    /** The server answered 2xx with {@code body} (cut at 64 KiB). */
    record Delivered(int status, String body) implements Delivery {}

    /** It did not arrive, or the server answered something other than 2xx. */
    record Failed(String reason) implements Delivery {}

    private final HttpClient http;
    private final Duration timeout;

    Outbound(Duration timeout) {
        this.timeout = timeout;
        // HTTP/1.1: the JDK's client would otherwise ask plain-http servers to upgrade, which some drop.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout).build();
    }

    /** POSTs {@code json} to {@code uri} with {@code headers}. */
    Delivery post(URI uri, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readNBytes(MAX_REPLY), StandardCharsets.UTF_8);
            }
            int status = response.statusCode();
            if (status >= 300 && status < 400) {
                return new Failed("HTTP " + status + " redirect to " + response.headers().firstValue("Location").orElse("?")
                        + " (redirects are not followed)");
            }
            return status / 100 == 2 ? new Delivered(status, body) : new Failed("HTTP " + status + ": " + firstLine(body));
        } catch (IOException e) {
            return new Failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("interrupted (the server is stopping)");
        }
    }

    private static String firstLine(String body) {
        String line = body.lines().findFirst().orElse("");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
