package com.shopsight.tools.schema;

import com.shopsight.tools.data.DatasetStats;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.schema.ColumnDoc.ValueCount;
import com.shopsight.tools.schema.TableProfiler.TableProfile;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Learns a {@link SchemaDoc} from any DuckDB database: profiles every column of the main
 * schema, finds keys, relationships and quirks, takes meanings from a curated dictionary when
 * one applies (H&M) or infers them, and runs every example question to prove its SQL.
 */
public final class SchemaLearner {
    private static final int TOP_VALUES = 10;
    private static final Set<ColumnRole> CATEGORICAL = Set.of(ColumnRole.CATEGORY, ColumnRole.CODE, ColumnRole.FLAG);

    private final List<SchemaDictionary> dictionaries;

    /** A learner that knows the dictionaries shipped with ShopSight (H&M). */
    public SchemaLearner() {
        this(List.of(SchemaDictionary.hm()));
    }

    SchemaLearner(List<SchemaDictionary> dictionaries) {
        this.dictionaries = List.copyOf(dictionaries);
    }

    /** The name of the known dataset this database holds ({@code hm}), if a dictionary applies. */
    public Optional<String> knownDatasetName(Connection conn) {
        return dictionaryFor(Catalog.read(conn)).map(SchemaDictionary::name);
    }

    /**
     * Learns the database behind {@code conn}; a read-only connection is enough.
     *
     * @throws SchemaLearningException when an example question's SQL fails
     */
    public SchemaDoc learn(Connection conn, String name, Progress progress) {
        Catalog catalog = Catalog.read(conn);
        SchemaDictionary dictionary = dictionaryFor(catalog).orElse(null);
        TableProfiler profiler = new TableProfiler(conn);
        List<TableProfile> profiles = catalog.tables().stream().map(t -> profiler.profile(t, progress)).toList();
        Map<String, List<String>> keys = new LinkedHashMap<>();
        profiles.forEach(p -> keys.put(p.name(), KeyFinder.keyOf(p)));

        progress.start("learn relationships, quirks, examples", 4);
        List<Relationship> relationships = new RelationshipFinder(conn).find(profiles, keys);
        progress.advance(1);
        List<TableDoc> tables = profiles.stream()
                .map(p -> table(p, keys.get(p.name()), relationships, dictionary)).toList();
        List<Quirk> quirks = new QuirkFinder(conn, dictionary).find(profiles, tables, relationships);
        progress.advance(1);
        List<SchemaDoc.ExampleQuery> examples = ExampleRunner.run(conn,
                dictionary != null ? dictionary.examples() : ExampleBuilder.build(tables, relationships));
        progress.advance(1);
        DatasetStats headline = dictionary != null && dictionary.headlineFigures() ? DatasetStats.of(conn) : null;
        progress.finish();
        return new SchemaDoc(SchemaDoc.FORMAT_VERSION, name,
                dictionary != null ? dictionary.description().strip() : description(tables),
                dictionary != null ? dictionary.name() : null,
                tables, relationships,
                JoinPaths.find(tables.stream().map(TableDoc::name).toList(), relationships),
                dictionary != null ? dictionary.vocabulary() : VocabularyBuilder.build(tables),
                quirks, examples, headline);
    }

    private Optional<SchemaDictionary> dictionaryFor(Catalog catalog) {
        return dictionaries.stream().filter(d -> d.appliesTo(catalog)).findFirst();
    }

    private static TableDoc table(TableProfile p, List<String> key, List<Relationship> relationships,
            SchemaDictionary dictionary) {
        List<Relationship> outgoing = relationships.stream().filter(r -> r.fromTable().equals(p.name())).toList();
        List<ColumnDoc> columns = p.columns().stream().map(c -> column(p, c, key, outgoing.stream()
                .filter(r -> r.fromColumn().equals(c.name())).findFirst().orElse(null), dictionary)).toList();
        Optional<SchemaDictionary.TableEntry> entry = dictionary == null ? Optional.empty() : dictionary.table(p.name());
        return new TableDoc(p.name(), p.table().kind(),
                entry.map(e -> e.meaning().strip()).orElseGet(() -> MeaningInferrer.table(p, key, outgoing)),
                entry.isPresent() ? MeaningSource.DICTIONARY : MeaningSource.INFERRED,
                entry.map(SchemaDictionary.TableEntry::notes).orElse(List.of()),
                p.rowCount(), key, columns);
    }

    private static ColumnDoc column(TableProfile p, ColumnProfile c, List<String> key, Relationship outgoing,
            SchemaDictionary dictionary) {
        Optional<SchemaDictionary.ColumnEntry> entry =
                dictionary == null ? Optional.empty() : dictionary.column(p.name(), c.name());
        MeaningInferrer.Inferred inferred = entry
                .map(e -> new MeaningInferrer.Inferred(e.role(), e.meaning().strip(), e.unit()))
                .orElseGet(() -> MeaningInferrer.column(p, c, key, outgoing));
        List<ValueCount> all = c.allValuesKnown() && CATEGORICAL.contains(inferred.role()) ? c.values() : null;
        return new ColumnDoc(c.name(), c.column().type(), inferred.role(), inferred.meaning(),
                entry.isPresent() ? MeaningSource.DICTIONARY : MeaningSource.INFERRED, inferred.unit(),
                entry.map(SchemaDictionary.ColumnEntry::notes).orElse(List.of()),
                entry.map(SchemaDictionary.ColumnEntry::labels).orElse(Map.of()),
                c.nullCount(), Rounding.share(c.nullCount(), c.rows()), c.distinct(), c.min(), c.max(),
                c.numeric(), c.avgLength(), topValues(c), all,
                c.examples());
    }

    /** The most frequent values; none for a unique column, where every value occurs once. */
    private static List<ValueCount> topValues(ColumnProfile c) {
        boolean unique = c.distinct() == c.nonNull();
        return unique ? List.of() : c.values().subList(0, Math.min(TOP_VALUES, c.values().size()));
    }

    private static String description(List<TableDoc> tables) {
        return "A DuckDB database with " + tables.size() + (tables.size() == 1 ? " table" : " tables")
                + (tables.isEmpty() ? "" : ": " + String.join(", ", tables.stream().map(TableDoc::name).toList()))
                + ". No curated dictionary applies: meanings are inferred from names, types and values;"
                + " check them before relying on them.";
    }
}
