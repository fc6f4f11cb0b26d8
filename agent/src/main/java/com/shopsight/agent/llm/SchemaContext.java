package com.shopsight.agent.llm;

import com.shopsight.tools.schema.ColumnDoc;
import com.shopsight.tools.schema.Relationship;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.SchemaDocMarkdown;
import com.shopsight.tools.schema.TableDoc;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The schema part of the system prompt. A doc that fits the token budget goes in whole; a
 * larger one is cut to the tables and columns nearest the question, found with in-process
 * embeddings of each table (its name, meaning and column names) and, inside a table too wide
 * to show whole, of each column; every table is still named so the LLM can look the rest up.
 */
final class SchemaContext {
    private final SchemaDoc doc;
    private final int budgetTokens;
    private final String whole;
    private final Supplier<Embedder> embedderSource;
    private Embedder embedder;
    private float[][] tableVectors;
    private final Map<String, float[][]> columnVectors = new HashMap<>();

    SchemaContext(SchemaDoc doc, int budgetTokens, Supplier<Embedder> embedderSource) {
        this.doc = doc;
        this.budgetTokens = budgetTokens;
        String md = SchemaDocMarkdown.render(doc);
        this.whole = SchemaDocMarkdown.estimateTokens(md) <= budgetTokens ? md : null;
        this.embedderSource = embedderSource;
    }

    /** Whether the whole doc fits the prompt. */
    boolean fitsWhole() {
        return whole != null;
    }

    /** The schema text for {@code question}: the whole doc, or the part nearest the question. */
    synchronized String forQuestion(String question) {
        if (whole != null) {
            return whole;
        }
        if (embedder == null) {
            embedder = embedderSource.get();
            tableVectors = embedder.embed(doc.tables().stream().map(SchemaContext::summary).toList());
        }
        float[] q = embedder.embed(List.of(question))[0];
        Set<String> words = words(question);
        List<Integer> order = IntStream.range(0, doc.tables().size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -score(doc.tables().get(i), tableVectors[i], q, words)))
                .toList();
        StringBuilder md = new StringBuilder(header());
        int budgetChars = budgetTokens * 4;
        List<String> shown = new ArrayList<>();
        for (int i : order) {
            TableDoc t = doc.tables().get(i);
            int room = budgetChars - md.length();
            if (room < 400) {
                break;
            }
            String section = table(t, t.columns());
            if (section.length() > room) {
                section = table(t, nearestColumns(t, q, words, room));
            }
            if (section.length() <= room) {
                md.append(section);
                shown.add(t.name());
            }
        }
        md.append(relationships(shown));
        return md.toString();
    }

    private String header() {
        String vocabulary = doc.vocabulary().isEmpty() ? "" : "\n## Business vocabulary\n\n"
                + doc.vocabulary().stream().map(v -> "- " + v.words() + ": " + v.meaning()).collect(Collectors.joining("\n"))
                + "\n";
        return "# Schema: " + doc.name() + "\n\n" + doc.description() + "\n\nThe schema has " + doc.tables().size()
                + " tables, too many to show whole: below are those nearest the question. Every table: "
                + doc.tables().stream().map(TableDoc::name).collect(Collectors.joining(", "))
                + ". Use describe_schema for any other table or column.\n" + vocabulary + "\n## Tables\n";
    }

    private double score(TableDoc t, float[] vector, float[] q, Set<String> words) {
        double lexical = words.contains(t.name().toLowerCase(Locale.ROOT)) ? 0.2 : 0;
        for (String part : t.name().toLowerCase(Locale.ROOT).split("_")) {
            lexical += part.length() > 2 && words.contains(part) ? 0.05 : 0;
        }
        long mentioned = t.columns().stream().filter(c -> words.contains(c.name().toLowerCase(Locale.ROOT))).count();
        return Embedder.cosine(vector, q) + lexical + Math.min(0.3, 0.1 * mentioned);
    }

    private List<ColumnDoc> nearestColumns(TableDoc t, float[] q, Set<String> words, int roomChars) {
        float[][] vectors = columnVectors.computeIfAbsent(t.name(),
                k -> embedder.embed(t.columns().stream().map(c -> c.name().replace('_', ' ') + ": " + c.meaning()).toList()));
        List<Integer> order = IntStream.range(0, t.columns().size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -(Embedder.cosine(vectors[i], q)
                        + (t.primaryKey().contains(t.columns().get(i).name()) ? 1 : 0)
                        + (words.contains(t.columns().get(i).name().toLowerCase(Locale.ROOT)) ? 0.3 : 0))))
                .toList();
        List<ColumnDoc> kept = new ArrayList<>();
        for (int i : order) {
            List<ColumnDoc> more = new ArrayList<>(kept);
            more.add(t.columns().get(i));
            if (table(t, more).length() > roomChars) {
                break;
            }
            kept = more;
        }
        // Table order reads better than score order.
        Set<ColumnDoc> keep = new LinkedHashSet<>(kept);
        return t.columns().stream().filter(keep::contains).toList();
    }

    private static String table(TableDoc t, List<ColumnDoc> columns) {
        StringBuilder md = new StringBuilder("\n### ").append(t.name()).append(" (").append(t.rowCount()).append(" rows)\n\n")
                .append(t.meaning()).append('\n');
        if (columns.size() < t.columns().size()) {
            md.append("Showing ").append(columns.size()).append(" of ").append(t.columns().size())
                    .append(" columns; describe_schema lists them all.\n");
        }
        md.append("\n| column | type | meaning | top values |\n| --- | --- | --- | --- |\n");
        for (ColumnDoc c : columns) {
            md.append("| ").append(c.name()).append(" | ").append(c.type()).append(" | ").append(c.meaning().replace('|', '/'))
                    .append(" | ").append(c.topValues().stream().limit(4).map(v -> v.value().replace('|', '/'))
                            .collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        return md.toString();
    }

    private String relationships(List<String> shown) {
        List<String> lines = new ArrayList<>();
        for (Relationship r : doc.relationships()) {
            if (shown.contains(r.fromTable()) && shown.contains(r.toTable())) {
                lines.add("- " + r.arrow() + ": `JOIN " + r.toTable() + " ON " + r.on() + "`");
            }
        }
        return lines.isEmpty() ? "" : "\n## Relationships\n\n" + String.join("\n", lines) + "\n";
    }

    private static String summary(TableDoc t) {
        return t.name().replace('_', ' ') + ": " + t.meaning() + " Columns: "
                + t.columns().stream().map(c -> c.name().replace('_', ' ')).collect(Collectors.joining(", "));
    }

    private static Set<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^a-z0-9_]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }
}
