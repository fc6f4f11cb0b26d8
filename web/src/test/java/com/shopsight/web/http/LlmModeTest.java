package com.shopsight.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopsight.tools.testing.TinyDataset;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With an LLM configured, the server says so, and an LLM that cannot be reached hands over to the planner. */
class LlmModeTest {
    @TempDir
    Path dir;

    @Test
    void health_names_the_model_and_an_unreachable_llm_falls_back_to_the_planner() throws Exception {
        Map<String, String> env = Map.of(
                "OPENAI_BASE_URL", "http://127.0.0.1:" + closedPort() + "/v1",
                "SHOPSIGHT_MODEL", "test-model",
                "SHOPSIGHT_LLM_RETRIES", "0");
        try (TestServer server = TestServer.start(TinyDataset.copyTo(dir), WebConfig.local(), env)) {
            JsonNode health = TestServer.JSON.readTree(server.get("/api/health").body());
            assertThat(health.get("mode").asText()).isEqualTo("llm");
            assertThat(health.get("model").asText()).isEqualTo("test-model");

            JsonNode answer = TestServer.JSON.readTree(server.post("/api/ask",
                    "{\"question\": \"top 3 colours by revenue\", \"mode\": \"llm\"}").body());
            assertThat(answer.get("mode").asText()).isEqualTo("offline");
            assertThat(answer.get("notices").toString()).contains("offline planner answered instead");
            assertThat(answer.get("table").get("rows")).hasSize(3);

            JsonNode offline = TestServer.JSON.readTree(server.post("/api/ask",
                    "{\"question\": \"top 3 colours by revenue\", \"mode\": \"offline\"}").body());
            assertThat(offline.get("notices").toString()).doesNotContain("offline planner answered instead");
        }
    }

    /** A port nothing listens on: connections to it are refused at once. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
