package com.shopsight.web.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Stands in for Slack's response_url: notes when the answer to command n arrives at /r/n. */
final class ResponseUrlReceiver implements AutoCloseable {
    private final HttpServer server;
    private final Map<Integer, Long> arrivedAt = new ConcurrentHashMap<>();

    private ResponseUrlReceiver(HttpServer server) {
        this.server = server;
    }

    static ResponseUrlReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ResponseUrlReceiver r = new ResponseUrlReceiver(server);
            server.createContext("/r/", exchange -> {
                long now = System.nanoTime();
                exchange.getRequestBody().readAllBytes();
                String n = exchange.getRequestURI().getPath().substring("/r/".length());
                r.arrivedAt.put(Integer.parseInt(n), now);
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.start();
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Waits until {@code expected} answers have arrived (or {@code wait} has passed); their latencies, sorted. */
    long[] await(Map<Integer, Long> sentAt, int expected, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (arrivedAt.size() < expected && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(50);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long[] latencies = arrivedAt.entrySet().stream().filter(e -> sentAt.containsKey(e.getKey()))
                .mapToLong(e -> e.getValue() - sentAt.get(e.getKey())).toArray();
        Arrays.sort(latencies);
        return latencies;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
