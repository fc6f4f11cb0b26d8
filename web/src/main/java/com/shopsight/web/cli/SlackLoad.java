package com.shopsight.web.cli;

import com.shopsight.tools.ShopSightException;
import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends rounds of signed slash commands at once to a server and times their acknowledgements;
 * a local {@link ResponseUrlReceiver} stands in for Slack's response_url and times the answers' arrival.
 */
final class SlackLoad {
    private static final Duration ANSWER_WAIT = Duration.ofMinutes(5);

    private final URI endpoint;
    private final SlackSignature.Generator signer;
    private final ResponseUrlReceiver receiver;
    private final List<String> questions;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    SlackLoad(URI endpoint, SlackSignature.Generator signer, ResponseUrlReceiver receiver, List<String> questions) {
        this.endpoint = endpoint;
        this.signer = signer;
        this.receiver = receiver;
        this.questions = List.copyOf(questions);
    }

    /** Acknowledgement latencies (ns, sorted), how many were not 200 or said "busy", and the answers' latencies. */
    record Result(long[] ackNanos, int failed, int busy, long[] answerNanos, int sent) {
        String acks() {
            return String.format(Locale.ROOT, "%d of %d acknowledged with 200 (%d said busy), latency %s", sent - failed, sent, busy,
                    Percentiles.of(ackNanos));
        }

        String answers() {
            return String.format(Locale.ROOT, "%d of %d reached the response_url, %s after the command", answerNanos.length, sent,
                    Percentiles.of(answerNanos));
        }

        boolean allAckedWithin(long millis) {
            return failed == 0 && ackNanos.length == sent && (ackNanos.length == 0 || ackNanos[ackNanos.length - 1] < millis * 1_000_000L);
        }
    }

    /**
     * One unmeasured round of "help" commands first (acknowledged without queueing a question),
     * so the measured rounds find the server's code compiled and connections open; then the
     * measured rounds of questions.
     */
    Result run(int rounds, int concurrent, boolean awaitAnswers) {
        ExecutorService pool = Executors.newFixedThreadPool(concurrent);
        List<Long> acks = new ArrayList<>();
        Map<Integer, Long> sentAt = new ConcurrentHashMap<>();
        int failed = 0;
        int busy = 0;
        try {
            for (int round = -1; round < rounds; round++) {
                boolean warmUp = round < 0;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Ack>> futures = new ArrayList<>();
                for (int c = 0; c < concurrent; c++) {
                    int n = warmUp ? -1 - c : round * concurrent + c;
                    futures.add(pool.submit(() -> {
                        go.await();
                        return send(n, warmUp ? "help" : questions.get(n % questions.size()), warmUp ? new ConcurrentHashMap<>() : sentAt);
                    }));
                }
                go.countDown();
                for (Future<Ack> f : futures) {
                    Ack a = f.get();
                    if (warmUp) {
                        continue;
                    }
                    failed += a.status() == 200 ? 0 : 1;
                    busy += a.busy() ? 1 : 0;
                    if (a.status() == 200) {
                        acks.add(a.nanos());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShopSightException("The Slack benchmark was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new ShopSightException("A benchmark client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        int sent = rounds * concurrent;
        long[] answers = awaitAnswers ? receiver.await(sentAt, sent - failed - busy, ANSWER_WAIT) : new long[0];
        return new Result(acks.stream().mapToLong(Long::longValue).sorted().toArray(), failed, busy, answers, sent);
    }

    private record Ack(int status, long nanos, boolean busy) {}

    private Ack send(int n, String question, Map<Integer, Long> sentAt) throws IOException, InterruptedException {
        String body = form("token", "bench", "team_id", "TBENCH", "team_domain", "bench", "channel_id", "CBENCH" + n,
                "channel_name", "bench", "user_id", "UBENCH" + n, "user_name", "bench", "command", "/shopsight",
                "text", question, "response_url", receiver.base().resolve("r/" + n).toString(),
                "trigger_id", "bench." + n + "." + System.nanoTime());
        String ts = Long.toString(System.currentTimeMillis() / 1000);
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP, ts)
                .header(SlackSignature.HeaderNames.X_SLACK_SIGNATURE, signer.generate(ts, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long t0 = System.nanoTime();
        sentAt.put(n, t0);
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - t0;
        return new Ack(response.statusCode(), nanos, response.body().contains("busy with other questions"));
    }

    private static String form(String... fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            sb.append(i == 0 ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    /** Median, 95th percentile and maximum of sorted nanoseconds, in milliseconds. */
    static final class Percentiles {
        private Percentiles() {}

        static String of(long[] sorted) {
            if (sorted.length == 0) {
                return "n/a";
            }
            return String.format(Locale.ROOT, "median %s, p95 %s, max %s", ms(at(sorted, 50)), ms(at(sorted, 95)), ms(sorted[sorted.length - 1]));
        }

        private static long at(long[] sorted, int p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        private static String ms(long nanos) {
            return String.format(Locale.ROOT, "%,.0f ms", nanos / 1e6);
        }
    }
}
