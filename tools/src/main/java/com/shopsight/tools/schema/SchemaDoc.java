package com.shopsight.tools.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.shopsight.tools.data.DatasetStats;
import java.util.List;
import java.util.Objects;

/**
 * What `shopsight learn` found out about a database: the tree the schema doc's Markdown and
 * JSON are rendered from, and what the agent and the offline planner read back.
 *
 * @param formatVersion bumped when the shape changes incompatibly
 * @param name the doc's name, also its file name ({@code hm} for the H&M data)
 * @param description what the database holds, in a sentence or two
 * @param dictionary the curated dictionary the meanings came from, or null when all were inferred
 * @param tables every table and view of the main schema, by name
 * @param relationships foreign keys, declared or inferred from names and values
 * @param joinPaths how to join tables that no single relationship links
 * @param vocabulary business words and the SQL they mean
 * @param quirks data quirks found, which an analyst must know to get numbers right
 * @param examples example questions with SQL that ran during learning
 * @param headlineFigures headline figures of an H&M database, or null for any other
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SchemaDoc(
        int formatVersion,
        String name,
        String description,
        String dictionary,
        List<TableDoc> tables,
        List<Relationship> relationships,
        List<JoinPath> joinPaths,
        List<VocabularyEntry> vocabulary,
        List<Quirk> quirks,
        List<ExampleQuery> examples,
        DatasetStats headlineFigures) {

    /** The version this code writes. */
    public static final int FORMAT_VERSION = 1;

    public SchemaDoc {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        tables = Lists.copy(tables);
        relationships = Lists.copy(relationships);
        joinPaths = Lists.copy(joinPaths);
        vocabulary = Lists.copy(vocabulary);
        quirks = Lists.copy(quirks);
        examples = Lists.copy(examples);
    }

    /** The table of that name, if learned. */
    public java.util.Optional<TableDoc> table(String tableName) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(tableName)).findFirst();
    }

    /** A business word and what it means in SQL terms. */
    public record VocabularyEntry(String words, String meaning) {
        public VocabularyEntry {
            Objects.requireNonNull(words, "words");
            Objects.requireNonNull(meaning, "meaning");
        }
    }

    /**
     * How to join two tables that are linked only through others.
     *
     * @param from the first table
     * @param to the last table
     * @param tables every table on the way, from first to last
     * @param sql the FROM clause that joins them
     */
    public record JoinPath(String from, String to, List<String> tables, String sql) {
        public JoinPath {
            tables = Lists.copy(tables);
        }
    }

    /**
     * An example question with SQL that ran during learning.
     *
     * @param question the question, in the business vocabulary
     * @param sql the SQL that answers it
     * @param rows how many rows it returned when learning ran it
     * @param columns the result's column names
     */
    public record ExampleQuery(String question, String sql, long rows, List<String> columns) {
        public ExampleQuery {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(sql, "sql");
            columns = Lists.copy(columns);
        }
    }
}
