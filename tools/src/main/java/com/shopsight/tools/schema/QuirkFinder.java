package com.shopsight.tools.schema;

import com.shopsight.tools.schema.ColumnDoc.ValueCount;
import com.shopsight.tools.schema.Quirk.Kind;
import com.shopsight.tools.schema.TableProfiler.TableProfile;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Looks for the quirks of {@link Quirk.Kind} in learned tables, and says what to do about each. */
final class QuirkFinder {
    /** Values above this multiple of the 99th percentile are outliers. */
    static final int OUTLIER_FACTOR = 3;
    private static final Map<Kind, String> ADVICE = new EnumMap<>(Map.of(
            Kind.DUPLICATE_ROWS, "Decide whether repeats are real (several units) or double loads before counting; do not add DISTINCT by reflex.",
            Kind.NULLS, "Aggregates skip NULLs: say how many rows were left out, or show NULL as 'unknown'.",
            Kind.ONE_VALUE_OR_NULL, "A flag stored as value-or-NULL: test for the value; NULL means no or not known.",
            Kind.PLACEHOLDER, "These values mean 'not known': keep them in totals, leave them out of rankings of real categories.",
            Kind.DOMINANT_VALUE, "Probably a stand-in for a missing value: leave it out when grouping by this column.",
            Kind.OUTLIERS, "Check them before averaging; a median resists them.",
            Kind.CASE_VARIANTS, "Compare case-insensitively (lower(column)) or name every spelling.",
            Kind.ORPHAN_KEYS, "An inner join drops these rows; use LEFT JOIN when totals must match."));

    private final Connection conn;
    private final SchemaDictionary dictionary;

    QuirkFinder(Connection conn, SchemaDictionary dictionary) {
        this.conn = conn;
        this.dictionary = dictionary;
    }

    List<Quirk> find(List<TableProfile> profiles, List<TableDoc> docs, List<Relationship> relationships) {
        List<Quirk> quirks = new ArrayList<>();
        Set<String> linked = relationships.stream()
                .flatMap(r -> Stream.of(r.fromTable() + "." + r.fromColumn(), r.toTable() + "." + r.toColumn()))
                .collect(Collectors.toSet());
        for (int i = 0; i < profiles.size(); i++) {
            TableProfile p = profiles.get(i);
            TableDoc doc = docs.get(i);
            duplicates(p, doc).ifPresent(quirks::add);
            for (ColumnProfile c : p.columns()) {
                ColumnDoc cd = doc.column(c.name()).orElseThrow();
                boolean key = doc.primaryKey().contains(c.name()) || linked.contains(p.name() + "." + c.name());
                columnQuirks(p, c, cd, key, quirks);
            }
        }
        for (Relationship r : relationships) {
            if (r.orphanValues() > 0) {
                quirks.add(orphans(r, profiles));
            }
        }
        List<String> order = docs.stream().map(TableDoc::name).toList();
        quirks.sort(Comparator.comparing(Quirk::kind).thenComparing(q -> order.indexOf(q.table()))
                .thenComparing(q -> columnIndex(docs, q)));
        return quirks;
    }

    private Optional<Quirk> duplicates(TableProfile p, TableDoc doc) {
        boolean onlyNested = p.columns().stream().allMatch(c -> c.family() == TypeFamily.NESTED);
        if (!doc.primaryKey().isEmpty() || p.rowCount() < 2 || onlyNested) {
            return Optional.empty();
        }
        long distinct = Sql.asLong(Sql.row(conn, "SELECT count(*) FROM (SELECT DISTINCT * FROM "
                + Sql.quote(p.name()) + ")")[0]);
        long dup = p.rowCount() - distinct;
        return dup == 0 ? Optional.empty() : Optional.of(quirk(Kind.DUPLICATE_ROWS, p.name(), null,
                dup, p.rowCount(), fmt(dup) + " rows (" + pct(dup, p.rowCount()) + ") repeat an earlier row exactly"));
    }

    private void columnQuirks(TableProfile p, ColumnProfile c, ColumnDoc cd, boolean key, List<Quirk> quirks) {
        String t = p.name();
        if (c.nullCount() > 0 && c.distinct() == 1) {
            quirks.add(quirk(Kind.ONE_VALUE_OR_NULL, t, c.name(), c.nullCount(), c.rows(),
                    "only " + quoteValue(c.values().get(0).value()) + " or NULL (NULL in " + pct(c.nullCount(), c.rows()) + " of rows)"));
        } else if (c.nullCount() > 0) {
            quirks.add(quirk(Kind.NULLS, t, c.name(), c.nullCount(), c.rows(), "NULL in " + pct(c.nullCount(), c.rows()) + " of rows"));
        }
        List<ValueCount> placeholders = c.placeholders().stream()
                .filter(v -> !v.value().equals("-1") || Set.of(ColumnRole.CODE, ColumnRole.IDENTIFIER,
                        ColumnRole.CATEGORY).contains(cd.role()))
                .toList();
        if (!placeholders.isEmpty()) {
            long n = placeholders.stream().mapToLong(ValueCount::count).sum();
            quirks.add(quirk(Kind.PLACEHOLDER, t, c.name(), n, c.rows(), placeholders.stream()
                    .map(v -> quoteValue(v.value()) + " " + fmt(v.count())).collect(Collectors.joining(", "))
                    + " (" + pct(n, c.rows()) + " of rows)"));
        }
        dominant(c, cd, key).ifPresent(top -> quirks.add(quirk(Kind.DOMINANT_VALUE, t, c.name(), top.count(), c.rows(),
                "one value holds " + pct(top.count(), c.rows()) + " of rows among " + fmt(c.distinct()) + " distinct values")));
        outliers(p, c, cd).ifPresent(quirks::add);
        caseVariants(p, c).ifPresent(quirks::add);
    }

    private static Optional<ValueCount> dominant(ColumnProfile c, ColumnDoc cd, boolean key) {
        boolean nearlyUnique = Set.of(ColumnRole.IDENTIFIER, ColumnRole.NAME, ColumnRole.TEXT).contains(cd.role());
        if (key || !nearlyUnique || c.distinct() <= 100 || c.values().isEmpty()) {
            return Optional.empty();
        }
        ValueCount top = c.values().get(0);
        double average = (double) c.nonNull() / c.distinct();
        return top.count() >= 0.01 * c.rows() && top.count() >= 20 * average
                ? Optional.of(top) : Optional.empty();
    }

    private Optional<Quirk> outliers(TableProfile p, ColumnProfile c, ColumnDoc cd) {
        boolean measure = Set.of(ColumnRole.AMOUNT, ColumnRole.QUANTITY, ColumnRole.NUMBER).contains(cd.role());
        if (!measure || c.numeric() == null || c.numeric().p99() <= 0) {
            return Optional.empty();
        }
        double limit = Rounding.significant(OUTLIER_FACTOR * c.numeric().p99(), 6);
        long n = Sql.asLong(Sql.row(conn, "SELECT count(*) FROM " + Sql.quote(p.name()) + " WHERE "
                + Sql.quote(c.name()) + " > " + limit)[0]);
        return n == 0 ? Optional.empty() : Optional.of(quirk(Kind.OUTLIERS, p.name(), c.name(), n,
                c.rows(), fmt(n) + " values (" + pct(n, c.rows()) + ") above " + OUTLIER_FACTOR + " x p99 (" + limit + "), up to " + c.max()));
    }

    private Optional<Quirk> caseVariants(TableProfile p, ColumnProfile c) {
        if (c.family() != TypeFamily.STRING || !c.allValuesKnown()) {
            return Optional.empty();
        }
        Map<String, List<ValueCount>> spellings = new LinkedHashMap<>();
        for (ValueCount v : c.values()) {
            spellings.computeIfAbsent(v.value().trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(v);
        }
        List<List<ValueCount>> variants = spellings.values().stream().filter(l -> l.size() > 1).toList();
        if (variants.isEmpty()) {
            return Optional.empty();
        }
        long rows = variants.stream().flatMap(List::stream).mapToLong(ValueCount::count).sum();
        String detail = variants.stream().map(l -> l.stream().map(v -> quoteValue(v.value()) + " " + fmt(v.count()))
                .collect(Collectors.joining(" and "))).collect(Collectors.joining("; "));
        return Optional.of(quirk(Kind.CASE_VARIANTS, p.name(), c.name(), rows, c.rows(), detail));
    }

    private Quirk orphans(Relationship r, List<TableProfile> profiles) {
        long rows = Sql.asLong(Sql.row(conn, "SELECT count(*) FROM " + Sql.quote(r.fromTable()) + " a WHERE a."
                + Sql.quote(r.fromColumn()) + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + Sql.quote(r.toTable())
                + " b WHERE b." + Sql.quote(r.toColumn()) + " = a." + Sql.quote(r.fromColumn()) + ")")[0]);
        long total = profiles.stream().filter(p -> p.name().equals(r.fromTable())).findFirst().orElseThrow().rowCount();
        return quirk(Kind.ORPHAN_KEYS, r.fromTable(), r.fromColumn(), rows, total, fmt(r.orphanValues())
                + (r.orphanValues() == 1 ? " value (" : " values (") + fmt(rows) + " rows, " + pct(rows, total)
                + ") without a row in " + r.toTable());
    }

    private Quirk quirk(Kind kind, String table, String column, long rows, long total, String detail) {
        String advice = dictionary == null ? ADVICE.get(kind)
                : dictionary.advice(kind, table, column).orElse(ADVICE.get(kind));
        return new Quirk(kind, table, column, rows, Rounding.share(rows, total), detail, advice);
    }

    private static int columnIndex(List<TableDoc> docs, Quirk q) {
        if (q.column() == null) {
            return -1;
        }
        TableDoc t = docs.stream().filter(d -> d.name().equals(q.table())).findFirst().orElseThrow();
        return t.columns().stream().map(ColumnDoc::name).toList().indexOf(q.column());
    }

    static String pct(long count, long total) {
        double p = total == 0 ? 0 : 100.0 * count / total;
        return p > 0 && p < 0.1 ? "<0.1%" : String.format(Locale.ROOT, "%.1f%%", p);
    }

    static String fmt(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String quoteValue(String v) {
        return "'" + v + "'";
    }
}
