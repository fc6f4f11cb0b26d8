package com.shopsight.agent.llm;

import com.shopsight.tools.ShopSightException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prompt files of {@code prompts/}, read at run time: from a folder when it has the file
 * (so a prompt can be changed without a build), else the copy bundled in the jar. Files have
 * {@code ### SECTION ###} headings and {@code {{variables}}}; {@code {{fragment:name}}} pulls
 * in {@code fragments/name.txt}.
 */
public final class Prompts {
    private static final String BUNDLED = "/com/shopsight/agent/prompts/";
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([a-z_]+(?::[a-z0-9_-]+)?)\\s*}}");
    private static final Pattern SECTION = Pattern.compile("(?m)^### ([A-Z][A-Z ]*[A-Z]) ###\\s*$");

    private final Path folder;

    private Prompts(Path folder) {
        this.folder = folder;
    }

    /** Prompts from {@code folder} where it has them, else the bundled ones; a null folder means bundled only. */
    public static Prompts from(Path folder) {
        return new Prompts(folder);
    }

    /** The bundled prompts only. */
    public static Prompts bundled() {
        return new Prompts(null);
    }

    /** The text of {@code name} (a path under prompts/, such as {@code tools/run_sql.txt}). */
    String text(String name) {
        if (!name.matches("[a-z0-9_./-]+") || name.contains("..")) {
            throw new IllegalArgumentException("not a prompt name: " + name);
        }
        Path local = folder == null ? null : folder.resolve(name);
        try {
            if (local != null && Files.isRegularFile(local)) {
                return normalise(Files.readString(local, StandardCharsets.UTF_8));
            }
            try (InputStream in = Prompts.class.getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new ShopSightException("No prompt " + name + " in " + (folder == null ? "the jar" : folder + " or the jar"));
                }
                return normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the prompt " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@code template} with each {@code {{name}}} replaced by its value and each
     * {@code {{fragment:x}}} by {@code fragments/x.txt}, in one pass: values are not scanned
     * again, so a value that holds braces (data, a user's words) stays as it is.
     *
     * @throws ShopSightException when the template names a variable it was not given
     */
    String render(String template, Map<String, String> values) {
        Matcher m = VARIABLE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.startsWith("fragment:") ? text("fragments/" + name.substring(9) + ".txt").strip()
                    : values.get(name);
            if (value == null) {
                throw new ShopSightException("The prompt uses {{" + name + "}}, which ShopSight does not fill");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The sections of a prompt file by heading, in order; text before the first heading is under "". */
    static Map<String, String> sections(String text) {
        Map<String, String> sections = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(text);
        int start = 0;
        String heading = "";
        while (m.find()) {
            put(sections, heading, text.substring(start, m.start()));
            heading = m.group(1);
            start = m.end();
        }
        put(sections, heading, text.substring(start));
        return sections;
    }

    private static void put(Map<String, String> sections, String heading, String body) {
        String b = body.strip();
        if (!b.isEmpty() || !heading.isEmpty()) {
            sections.put(heading, b);
        }
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace("\uFEFF", "");
    }
}
