package com.shopsight.web.http;

import io.javalin.http.Context;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;

/** GET /api/schema (the schema doc the agent reads) and GET /api/health (is it up, and what answers). */
final class InfoController {
    private final Backend backend;

    InfoController(Backend backend) {
        this.backend = backend;
    }

    void schema(Context ctx) {
        ctx.json(Map.of("name", "hm", "markdown", backend.schemaMarkdown()));
    }

    void health(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("mode", backend.mode().llm() ? "llm" : "offline");
        body.put("model", backend.mode().llmModel());
        body.put("uptimeMs", ManagementFactory.getRuntimeMXBean().getUptime());
        ctx.json(body);
    }
}
