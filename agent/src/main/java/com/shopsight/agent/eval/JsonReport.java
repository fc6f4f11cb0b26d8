package com.shopsight.agent.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a run as JSON: the summary, then every question with its answers, gold results and verdicts. */
final class JsonReport {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    static void write(EvalRun run, Path file) throws IOException {
        JSON.writeValue(file.toFile(), run);
    }
}
