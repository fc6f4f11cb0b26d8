package com.shopsight.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.shopsight.agent.answer.AnswerListener;
import com.shopsight.agent.answer.Step;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Server-Sent Events on the response of a POST: Javalin's own SSE support is for GET requests
 * that ask for text/event-stream, and a question belongs in a request body. Events are
 * {@code step-started}, {@code step}, {@code text}, then {@code answer} or {@code error};
 * each data line is one JSON object. Writes are serialised because an LLM agent may report
 * from its own threads.
 */
final class EventStream implements AutoCloseable {
    private final Context ctx;
    private final OutputStream out;
    private boolean gone;

    private EventStream(Context ctx, OutputStream out) {
        this.ctx = ctx;
        this.out = out;
    }

    static EventStream open(Context ctx) {
        ctx.status(200);
        ctx.res().setContentType("text/event-stream;charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        // Proxies such as nginx would otherwise hold the events back until the answer is done.
        ctx.res().setHeader("X-Accel-Buffering", "no");
        try {
            OutputStream out = ctx.res().getOutputStream();
            EventStream stream = new EventStream(ctx, out);
            stream.comment("ShopSight answer stream");
            return stream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tells the agent's progress to the client. */
    AnswerListener listener() {
        return new AnswerListener() {
            @Override
            public void stepStarted(String tool, JsonNode input) {
                send("step-started", JsonNodeFactory.instance.objectNode().put("tool", tool).set("input", input));
            }

            @Override
            public void stepFinished(Step step) {
                send("step", step);
            }

            @Override
            public void text(String delta) {
                send("text", JsonNodeFactory.instance.objectNode().put("delta", delta));
            }
        };
    }

    /** Sends one event; a client that has gone away is not an error, the answer is still stored. */
    synchronized void send(String event, Object data) {
        if (gone) {
            return;
        }
        String json = ctx.jsonMapper().toJsonString(data, data.getClass());
        write("event: " + event + "\ndata: " + json + "\n\n");
    }

    private void comment(String text) {
        write(": " + text + "\n\n");
    }

    private void write(String frame) {
        try {
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            // The client went away (a closed tab, a dropped network): later events have nowhere to go.
            gone = true;
        }
    }

    @Override
    public synchronized void close() {
        gone = true;
    }
}
