package com.shopsight.tools.data;

import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A SQL resource split into named steps ("-- @step name" lines) of statements (ending in
 * ";" at the end of a line), with {{placeholders}} filled from trusted numbers only.
 */
final class SqlScript {
    /**
     * A named group of statements, run together and reported as one unit of progress; a
     * name ending in " xN" (an iterative fit) runs its statements N times.
     */
    record Step(String name, List<String> statements, int repeat) {
        Step {
            statements = List.copyOf(statements);
        }

        static Step named(String header, List<String> statements) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(.*) x(\\d+)").matcher(header);
            return m.matches()
                    ? new Step(m.group(1), statements, Integer.parseInt(m.group(2)))
                    : new Step(header, statements, 1);
        }
    }

    private final List<Step> steps;

    private SqlScript(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    List<Step> steps() {
        return steps;
    }

    /** Reads {@code resource} (relative to this class) and fills its placeholders. */
    static SqlScript load(String resource, Map<String, ?> values) {
        String text;
        try (InputStream in = SqlScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ShopSightException("Missing SQL resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ShopSightException("Cannot read SQL resource " + resource + ": " + e.getMessage(), e);
        }
        for (Map.Entry<String, ?> e : values.entrySet()) {
            text = text.replace("{{" + e.getKey() + "}}", String.valueOf(e.getValue()));
        }
        if (text.contains("{{")) {
            throw new IllegalStateException(resource + " has a placeholder with no value: "
                    + text.substring(text.indexOf("{{"), Math.min(text.length(), text.indexOf("{{") + 40)));
        }
        return new SqlScript(parse(text));
    }

    private static List<Step> parse(String text) {
        List<Step> steps = new ArrayList<>();
        String name = null;
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("-- @step ")) {
                if (name != null) {
                    steps.add(Step.named(name, statements));
                }
                name = trimmed.substring("-- @step ".length()).strip();
                statements = new ArrayList<>();
                continue;
            }
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (name != null) {
            steps.add(Step.named(name, statements));
        }
        return steps;
    }

    /** Runs one step's statements in order on {@code conn}. */
    static void run(Connection conn, Step step) {
        try (Statement st = conn.createStatement()) {
            for (int round = 0; round < step.repeat(); round++) {
            for (String sql : step.statements()) {
                try {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new ShopSightException("Generation step '" + step.name() + "' failed: " + e.getMessage()
                            + "\nin: " + sql.substring(0, Math.min(sql.length(), 400)), e);
                }
            }
            }
        } catch (SQLException e) {
            throw new ShopSightException("Generation step '" + step.name() + "' failed: " + e.getMessage(), e);
        }
    }
}
