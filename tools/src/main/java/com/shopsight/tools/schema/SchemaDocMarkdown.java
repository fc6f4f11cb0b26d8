package com.shopsight.tools.schema;

import com.shopsight.tools.data.DatasetStats;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders a schema doc as compact Markdown for an LLM's prompt: meanings, value summaries,
 * relationships, quirks and examples; the JSON keeps what this leaves out.
 */
public final class SchemaDocMarkdown {
    private static final Map<Quirk.Kind, String> QUIRK_TITLES = Map.of(
            Quirk.Kind.DUPLICATE_ROWS, "duplicate rows", Quirk.Kind.NULLS, "NULLs",
            Quirk.Kind.ONE_VALUE_OR_NULL, "value or NULL", Quirk.Kind.PLACEHOLDER, "placeholders",
            Quirk.Kind.DOMINANT_VALUE, "dominant value", Quirk.Kind.OUTLIERS, "outliers",
            Quirk.Kind.CASE_VARIANTS, "case variants", Quirk.Kind.ORPHAN_KEYS, "orphan keys");

    private SchemaDocMarkdown() {}

    /** The prompt-size estimate used throughout: one token per four characters. */
    public static int estimateTokens(String text) {
        return (text.length() + 3) / 4;
    }

    public static String render(SchemaDoc doc) {
        StringBuilder md = new StringBuilder();
        md.append("# Schema: ").append(doc.name()).append("\n\n").append(doc.description()).append("\n\n");
        md.append("DuckDB SQL. Learned from the data by `shopsight learn`; ")
                .append(doc.dictionary() != null ? "meanings from the curated `" + doc.dictionary() + "` dictionary"
                        : "meanings inferred from names, types and values")
                .append(". `").append(doc.name())
                .append(".json` has the full detail, including every value of each categorical column.\n");
        if (!doc.vocabulary().isEmpty()) {
            md.append("\n## Business vocabulary\n\n| words | meaning |\n| --- | --- |\n");
            doc.vocabulary().forEach(v -> md.append("| ").append(v.words()).append(" | ").append(v.meaning()).append(" |\n"));
        }
        md.append("\n## Tables\n");
        doc.tables().forEach(t -> table(md, t));
        relationships(md, doc);
        quirks(md, doc.quirks());
        if (doc.headlineFigures() != null) {
            headline(md, doc.headlineFigures(), doc);
        }
        if (!doc.examples().isEmpty()) {
            md.append("\n## Example questions (each ran while learning)\n");
            doc.examples().forEach(e -> md.append("\n").append(e.question()).append(" (").append(e.rows())
                    .append(e.rows() == 1 ? " row" : " rows").append(")\n```sql\n").append(e.sql()).append("\n```\n"));
        }
        return md.toString();
    }

    private static void table(StringBuilder md, TableDoc t) {
        md.append("\n### ").append(t.name()).append(" (").append(t.kind().equals("view") ? "view, " : "")
                .append(MarkdownText.count(t.rowCount())).append(" rows)\n\n").append(t.meaning());
        if (!t.primaryKey().isEmpty()) {
            md.append(" Key: ").append(t.primaryKey().stream().map(k -> "`" + k + "`").collect(Collectors.joining(", "))).append('.');
        }
        md.append('\n');
        t.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        md.append("\n| column | type | meaning | values |\n| --- | --- | --- | --- |\n");
        for (ColumnDoc c : t.columns()) {
            String meaning = c.meaning() + (c.meaningSource() == MeaningSource.INFERRED && t.meaningSource() == MeaningSource.DICTIONARY
                    ? " (inferred)" : "");
            md.append("| ").append(c.name()).append(" | ").append(c.type()).append(" | ")
                    .append(MarkdownText.cell(meaning, 400)).append(" | ").append(MarkdownText.values(c)).append(" |\n");
        }
    }

    private static void relationships(StringBuilder md, SchemaDoc doc) {
        if (doc.relationships().isEmpty()) {
            return;
        }
        md.append("\n## Relationships\n\n");
        for (Relationship r : doc.relationships()) {
            md.append("- ").append(r.arrow()).append(" (").append(r.cardinality()).append(", ")
                    .append(r.basis() == Relationship.Basis.DECLARED ? "declared" : "inferred from names and values")
                    .append("; ").append(MarkdownText.pct(r.containment())).append(" of values found): `JOIN ")
                    .append(Sql.name(r.toTable())).append(" ON ").append(r.on()).append("`\n");
        }
        doc.joinPaths().forEach(p -> md.append("- ").append(p.from()).append(" to ").append(p.to())
                .append(": `").append(p.sql()).append("`\n"));
    }

    /** One bullet per kind, table and advice: the columns that share them are listed together. */
    private static void quirks(StringBuilder md, List<Quirk> quirks) {
        if (quirks.isEmpty()) {
            return;
        }
        md.append("\n## Data quirks\n\n");
        Map<String, List<Quirk>> bullets = new java.util.LinkedHashMap<>();
        quirks.forEach(q -> bullets.computeIfAbsent(q.kind() + "|" + q.table() + "|" + q.advice(),
                k -> new java.util.ArrayList<>()).add(q));
        for (List<Quirk> same : bullets.values()) {
            Quirk first = same.get(0);
            md.append("- ").append(QUIRK_TITLES.get(first.kind())).append(", ").append(first.table());
            if (same.size() == 1) {
                md.append(first.column() == null ? "" : "." + first.column()).append(": ").append(first.detail());
            } else {
                md.append(": ").append(same.stream().map(q -> q.column() + " " + q.detail())
                        .collect(Collectors.joining("; ")));
            }
            md.append(". ").append(first.advice()).append('\n');
        }
    }

    private static void headline(StringBuilder md, DatasetStats s, SchemaDoc doc) {
        Map<String, String> channels = doc.table("transactions").flatMap(t -> t.column("sales_channel_id"))
                .map(ColumnDoc::labels).orElse(Map.of());
        md.append("\n## Headline figures\n\n");
        md.append("- Rows: ").append(MarkdownText.count(s.articles())).append(" articles, ")
                .append(MarkdownText.count(s.customers())).append(" customers, ")
                .append(MarkdownText.count(s.transactions())).append(" transactions; t_dat ")
                .append(s.firstDay()).append(" to ").append(s.lastDay()).append(".\n");
        md.append("- Units by sales channel: ").append(shares(s.salesChannels().stream()
                .map(x -> new DatasetStats.Share(channels.getOrDefault(x.label(), "") + " (" + x.label() + ")", x.count(), x.share()))
                .toList())).append(".\n");
        md.append("- Units by index group: ").append(shares(s.indexGroups())).append(".\n");
        md.append("- Customers by age: ").append(shares(s.ageBuckets())).append(".\n");
        md.append("- Customers by club_member_status: ").append(shares(s.clubMemberStatus()))
                .append("; by fashion_news_frequency: ").append(shares(s.fashionNewsFrequency()))
                .append("; FN = 1: ").append(MarkdownText.pct(s.fnShare()))
                .append(", Active = 1: ").append(MarkdownText.pct(s.activeShare())).append(".\n");
        DatasetStats.PriceSummary p = s.price();
        md.append("- price: mean ").append(MarkdownText.num(p.mean())).append(", quartiles ")
                .append(MarkdownText.num(p.q1())).append(" / ").append(MarkdownText.num(p.median())).append(" / ")
                .append(MarkdownText.num(p.q3())).append(", range ").append(MarkdownText.num(p.min())).append(" to ")
                .append(MarkdownText.num(p.max())).append(".\n");
        DatasetStats.WeeklyTotals w = s.weekly();
        if (w.fullWeeks() > 0) {
            md.append("- Units per full week: mean ").append(MarkdownText.num(w.meanUnits())).append(", median ")
                    .append(MarkdownText.num(w.medianUnits())).append(", lowest ").append(MarkdownText.count(w.minUnits()))
                    .append(" (week of ").append(w.minWeek()).append("), highest ").append(MarkdownText.count(w.maxUnits()))
                    .append(" (week of ").append(w.maxWeek()).append("); revenue per week: mean ")
                    .append(MarkdownText.num(w.meanRevenue())).append(".\n");
        }
    }

    private static String shares(List<DatasetStats.Share> shares) {
        return shares.stream().map(x -> x.label() + " " + MarkdownText.pct(x.share())).collect(Collectors.joining(", "));
    }
}
