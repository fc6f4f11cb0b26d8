package com.shopsight.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every query the gate sees leaves one JSON line, never any of its result data. */
class AuditLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private static List<JsonNode> lines(Path log) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void records_accepted_and_rejected_queries_with_who_asked() throws IOException {
        Path db = HmFixture.copy(folder);
        Path log = folder.resolve("audit").resolve(GateConfig.AUDIT_FILE);
        try (SqlGate gate = SqlGate.open(db, GateConfig.forDatabase(db))) {
            gate.run("SELECT count(*) FROM articles", gate.config().limits(), new QueryContext("chat", "c-42"));
            gate.run("SELECT prod_type FROM articles", gate.config().limits(), QueryContext.of("cli"));
            gate.check("SELECT 1");
        }

        List<JsonNode> entries = lines(log);

        assertThat(entries).hasSize(3);
        JsonNode ok = entries.get(0);
        assertThat(ok.path("action").asText()).isEqualTo("run");
        assertThat(ok.path("surface").asText()).isEqualTo("chat");
        assertThat(ok.path("conversation").asText()).isEqualTo("c-42");
        assertThat(ok.path("verdict").asText()).isEqualTo("accepted");
        assertThat(ok.path("rows").asInt()).isEqualTo(1);
        assertThat(ok.path("truncated").asBoolean()).isFalse();
        assertThat(ok.path("ms").isNumber()).isTrue();
        assertThat(ok.path("sql").asText()).isEqualTo("SELECT count(*) FROM articles");
        assertThat(ok.path("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        JsonNode refused = entries.get(1);
        assertThat(refused.path("verdict").asText()).isEqualTo("rejected");
        assertThat(refused.path("kind").asText()).isEqualTo("unknown_column");
        assertThat(refused.path("error").asText()).contains("prod_type");
        assertThat(refused.has("conversation")).isFalse();
        assertThat(entries.get(2).path("action").asText()).isEqualTo("check");
        assertThat(entries.get(2).path("surface").asText()).isEqualTo("unknown");
    }

    @Test
    void never_holds_result_data() throws IOException {
        Path db = HmFixture.copy(folder);
        Path log = folder.resolve("audit.jsonl");
        String name;
        try (SqlGate gate = SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(log, 1 << 20))) {
            name = (String) ((Rows) gate.run("SELECT prod_name FROM articles WHERE article_id = '0108838001'")).rows().get(0).get(0);
            // A failure while running can quote a value: only its type is logged.
            gate.run("SELECT prod_name::INTEGER FROM articles WHERE article_id = '0108838001'");
        }

        String text = Files.readString(log);

        assertThat(text).doesNotContain(name);
        assertThat(lines(log).get(1).path("error").asText()).isEqualTo("Conversion Error");
    }

    @Test
    void rotates_by_size_and_keeps_three_old_files() throws IOException {
        Path db = HmFixture.copy(folder);
        Path log = folder.resolve("audit.jsonl");
        try (SqlGate gate = SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(log, 2048))) {
            for (int i = 0; i < 60; i++) {
                gate.check("SELECT " + i + " AS query_number_that_pads_the_line_to_a_decent_length");
            }
        }

        assertThat(Files.size(log)).isLessThanOrEqualTo(2048);
        assertThat(log.resolveSibling("audit.jsonl.1")).exists();
        assertThat(log.resolveSibling("audit.jsonl.3")).exists();
        assertThat(log.resolveSibling("audit.jsonl.4")).doesNotExist();
        assertThat(lines(log)).last().satisfies(e -> assertThat(e.path("sql").asText()).startsWith("SELECT 59 "));
    }

    @Test
    void clips_very_long_sql() {
        String clipped = AuditLog.clip("x".repeat(AuditLog.MAX_SQL_CHARS + 10));

        assertThat(clipped).hasSize(AuditLog.MAX_SQL_CHARS + "…[10 more chars]".length()).endsWith("…[10 more chars]");
    }
}
