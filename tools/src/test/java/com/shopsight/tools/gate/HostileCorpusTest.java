package com.shopsight.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of {@code hostile.yaml} is rejected or stopped, and none leaves a trace: a canary
 * file planted beside the database is never read, nothing is written, and the database file
 * is byte-identical afterwards.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCorpusTest {
    private static final List<Corpus.Case> CASES = Corpus.read("hostile.yaml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static Path database;
    private static Path outside;
    private static Path canary;
    private static String secret;
    private static String checksumBefore;
    private static Path auditLog;
    private static SqlGate gate;

    @BeforeAll
    static void plantCanaryAndOpenGate() throws IOException {
        database = HmFixture.copy(folder);
        outside = Files.createDirectories(folder.resolve("outside"));
        canary = outside.resolve("canary.csv");
        secret = "canary-" + UUID.randomUUID();
        Files.writeString(canary, "column0\n" + secret + "\n");
        checksumBefore = HmFixture.sha256(database);
        auditLog = folder.resolve("audit").resolve(GateConfig.AUDIT_FILE);
        gate = SqlGate.open(database, GateConfig.forDatabase(database)
                .withTimeout(Duration.ofSeconds(1))
                .withMemoryLimit("512MB")
                .withAuditLog(auditLog, 50L * 1024 * 1024));
    }

    @AfterAll
    static void closeGate() {
        gate.close();
    }

    static Stream<Corpus.Case> cases() {
        return CASES.stream();
    }

    @Test
    @Order(0)
    void holds_at_least_eighty_cases() {
        assertThat(CASES).hasSizeGreaterThanOrEqualTo(80);
        assertThat(CASES).allSatisfy(c -> assertThat(c.expect()).as(c.name()).isNotBlank());
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void is_rejected_or_stopped_without_reading_the_canary(Corpus.Case c) throws IOException {
        String sql = c.text()
                .replace("{canary}", canary.toString())
                .replace("{dir}", outside.toString())
                .replace("{db}", database.toString());

        GateResult result = gate.run(sql);

        assertThat(result).isInstanceOf(Rejected.class);
        Rejected rejected = (Rejected) result;
        assertThat(c.expectedKinds()).as(rejected.describe()).contains(rejected.kind().code());
        assertThat(JSON.writeValueAsString(rejected)).doesNotContain(secret);
    }

    @Test
    @Order(2)
    void leaves_the_database_byte_identical_and_writes_nothing() throws IOException {
        assertThat(HmFixture.sha256(database)).isEqualTo(checksumBefore);
        assertThat(database.resolveSibling(database.getFileName() + ".wal")).doesNotExist();
        try (Stream<Path> files = Files.list(outside)) {
            assertThat(files).containsExactly(canary);
        }
        assertThat(Files.readString(canary)).isEqualTo("column0\n" + secret + "\n");
    }

    @Test
    @Order(2)
    void logs_every_case_without_the_canary() throws IOException {
        List<String> lines = Files.readAllLines(auditLog);
        assertThat(lines).hasSizeGreaterThanOrEqualTo(CASES.size());
        assertThat(lines).noneMatch(line -> line.contains(secret));
        assertThat(lines).allMatch(line -> line.contains("\"verdict\":\"rejected\""));
    }

    @Test
    @Order(3)
    void still_answers_afterwards() {
        GateResult result = gate.run("SELECT count(*) AS n FROM articles");

        assertThat(result).isInstanceOf(Rows.class);
        assertThat(((Rows) result).rows()).containsExactly(List.of(1000L));
    }
}
