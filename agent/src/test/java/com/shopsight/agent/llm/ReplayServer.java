package com.shopsight.agent.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local OpenAI-compatible chat endpoint that replays scripted replies over real HTTP, as a
 * plain JSON completion or as server-sent event chunks, whichever the request asks for, and
 * keeps every request it received. Only on the loopback address.
 */
final class ReplayServer implements AutoCloseable {
    static final String MODEL = "test-model";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted reply. */
    sealed interface Reply {}

    /** The assistant says {@code text}. */
    record Text(String text) implements Reply {}

    /** The assistant calls tools; arguments are sent exactly as given, valid JSON or not. */
    record ToolCalls(List<Call> calls) implements Reply {}

    /** A tool call: the tool's name and its raw arguments. */
    record Call(String name, String arguments) {}

    /** An HTTP error with an OpenAI-style error body. */
    record Status(int code, String message) implements Reply {}

    /** No reply at all until the server closes: the client must time out. */
    record Hang() implements Reply {}

    /** The connection closes before any reply: a reset as the client sees it. */
    record Drop() implements Reply {}

    /** A streamed reply that says {@code text} and then breaks off, before its end (plain: a cut-off body). */
    record Broken(String text) implements Reply {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<JsonNode> requests = new ArrayList<>();
    private final List<Map<String, List<String>>> headers = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private Reply forever;
    private int calls;

    ReplayServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/v1/chat/completions", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static Text text(String text) {
        return new Text(text);
    }

    static ToolCalls call(String name, String arguments) {
        return new ToolCalls(List.of(new Call(name, arguments)));
    }

    static ToolCalls calls(Call... calls) {
        return new ToolCalls(List.of(calls));
    }

    static String sql(String sql, String purpose) {
        return JSON.createObjectNode().put("sql", sql).put("purpose", purpose).toString();
    }

    /** Replies to give, in order. */
    synchronized ReplayServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The reply to give once the script is used up, however often asked. */
    synchronized ReplayServer forever(Reply reply) {
        forever = reply;
        return this;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    synchronized List<JsonNode> requests() {
        return List.copyOf(requests);
    }

    synchronized List<Map<String, List<String>>> headers() {
        return List.copyOf(headers);
    }

    /** The last request's messages. */
    synchronized ArrayNode lastMessages() {
        return (ArrayNode) requests.get(requests.size() - 1).get("messages");
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        Reply reply;
        int n;
        synchronized (this) {
            requests.add(request);
            headers.add(Map.copyOf(exchange.getRequestHeaders()));
            n = ++calls;
            reply = script.isEmpty() ? forever : script.poll();
        }
        if (reply == null) {
            reply = new Status(500, "the test script has no reply left");
        }
        if (reply instanceof Hang) {
            try {
                closing.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (reply instanceof Drop) {
            exchange.close();
            return;
        }
        if (reply instanceof Broken b) {
            breakOff(exchange, request.path("stream").asBoolean(false) ? chunks(text(b.text()), n)
                    : completion(text(b.text()), n).toString());
            return;
        }
        if (reply instanceof Status s) {
            ObjectNode error = JSON.createObjectNode();
            error.putObject("error").put("message", s.message()).put("type", "test_error");
            send(exchange, s.code(), "application/json", error.toString());
            return;
        }
        if (request.path("stream").asBoolean(false)) {
            send(exchange, 200, "text/event-stream", chunks(reply, n));
        } else {
            send(exchange, 200, "application/json", completion(reply, n).toString());
        }
    }

    private static ObjectNode completion(Reply reply, int n) {
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-" + n).put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", MODEL);
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        if (reply instanceof Text t) {
            message.put("content", t.text());
            choice.put("finish_reason", "stop");
        } else {
            message.putNull("content");
            ArrayNode calls = message.putArray("tool_calls");
            List<Call> list = ((ToolCalls) reply).calls();
            for (int i = 0; i < list.size(); i++) {
                calls.addObject().put("id", "call_" + n + "_" + i).put("type", "function").putObject("function")
                        .put("name", list.get(i).name()).put("arguments", list.get(i).arguments());
            }
            choice.put("finish_reason", "tool_calls");
        }
        usage(body);
        return body;
    }

    /** The reply as OpenAI streams it: a role chunk, content or tool-call pieces, a finish chunk, usage, [DONE]. */
    private static String chunks(Reply reply, int n) {
        StringBuilder sse = new StringBuilder();
        ObjectNode first = chunk(n);
        ((ObjectNode) first.withArray("choices").get(0).get("delta")).put("role", "assistant");
        event(sse, first);
        String finish;
        if (reply instanceof Text t) {
            for (int i = 0; i < t.text().length(); i += 7) {
                ObjectNode c = chunk(n);
                ((ObjectNode) c.withArray("choices").get(0).get("delta")).put("content",
                        t.text().substring(i, Math.min(t.text().length(), i + 7)));
                event(sse, c);
            }
            finish = "stop";
        } else {
            List<Call> list = ((ToolCalls) reply).calls();
            for (int i = 0; i < list.size(); i++) {
                String args = list.get(i).arguments();
                int half = args.length() / 2;
                ObjectNode head = chunk(n);
                ((ObjectNode) head.withArray("choices").get(0).get("delta")).putArray("tool_calls").addObject()
                        .put("index", i).put("id", "call_" + n + "_" + i).put("type", "function").putObject("function")
                        .put("name", list.get(i).name()).put("arguments", args.substring(0, half));
                event(sse, head);
                ObjectNode tail = chunk(n);
                ((ObjectNode) tail.withArray("choices").get(0).get("delta")).putArray("tool_calls").addObject()
                        .put("index", i).putObject("function").put("arguments", args.substring(half));
                event(sse, tail);
            }
            finish = "tool_calls";
        }
        ObjectNode last = chunk(n);
        ((ObjectNode) last.withArray("choices").get(0)).put("finish_reason", finish);
        event(sse, last);
        ObjectNode usage = JSON.createObjectNode().put("id", "chatcmpl-" + n).put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", MODEL);
        usage.putArray("choices");
        usage(usage);
        event(sse, usage);
        sse.append("data: [DONE]\n\n");
        return sse.toString();
    }

    private static ObjectNode chunk(int n) {
        ObjectNode c = JSON.createObjectNode().put("id", "chatcmpl-" + n).put("object", "chat.completion.chunk")
                .put("created", 1_700_000_000L).put("model", MODEL);
        c.putArray("choices").addObject().put("index", 0).putObject("delta");
        return c;
    }

    private static void usage(ObjectNode body) {
        body.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 10).put("total_tokens", 110);
    }

    private static void event(StringBuilder sse, JsonNode data) {
        sse.append("data: ").append(data).append("\n\n");
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Sends the first half of {@code body} (for a stream: up to the last event that carries text)
     * under a Content-Length promising all of it, then drops the connection: the client reads
     * what came and then fails on the missing rest, as when a connection drops mid-answer.
     */
    private static void breakOff(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int cut = body.startsWith("data: ") ? body.lastIndexOf("\"content\"") : body.length() / 2;
        cut = body.startsWith("data: ") ? body.indexOf("\n\n", cut) + 2 : cut;
        byte[] sent = body.substring(0, cut).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("data: ") ? "text/event-stream" : "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(sent);
        out.flush();
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A handler that throws makes the JDK's server close the connection mid-body, which is the point.
        throw new IOException("the test script breaks this reply off");
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
