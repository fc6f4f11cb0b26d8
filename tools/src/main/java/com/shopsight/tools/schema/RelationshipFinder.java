package com.shopsight.tools.schema;

import com.shopsight.tools.schema.TableProfiler.TableProfile;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds foreign keys: the declared ones, and columns whose name matches another table's key
 * ({@code article_id} and {@code articles.article_id}, {@code book_id} and {@code books.id})
 * and whose values that key contains.
 */
final class RelationshipFinder {
    /** An inferred foreign key must find at least this share of its distinct values. */
    static final double MIN_CONTAINMENT = 0.9;

    private final Connection conn;

    RelationshipFinder(Connection conn) {
        this.conn = conn;
    }

    List<Relationship> find(List<TableProfile> tables, Map<String, List<String>> keys) {
        List<Relationship> found = new ArrayList<>();
        for (TableProfile from : tables) {
            for (Catalog.ForeignKey fk : from.table().foreignKeys()) {
                found.add(measure(from, fk.column(), fk.toTable(), fk.toColumn(), Relationship.Basis.DECLARED));
            }
        }
        for (TableProfile from : tables) {
            for (ColumnProfile column : from.columns()) {
                for (TableProfile to : tables) {
                    List<String> key = keys.get(to.name());
                    if (to == from || key.size() != 1 || declared(found, from, column)) {
                        continue;
                    }
                    ColumnProfile target = to.column(key.get(0));
                    if (candidate(from, column, to, target, keys)) {
                        Relationship r = measure(from, column.name(), to.name(), target.name(),
                                Relationship.Basis.NAMES_AND_VALUES);
                        if (r.containment() >= MIN_CONTAINMENT) {
                            found.add(r);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean declared(List<Relationship> found, TableProfile from, ColumnProfile column) {
        return found.stream().anyMatch(r -> r.fromTable().equals(from.name()) && r.fromColumn().equals(column.name()));
    }

    private static boolean candidate(TableProfile from, ColumnProfile c, TableProfile to, ColumnProfile k,
            Map<String, List<String>> keys) {
        if (c.distinct() == 0 || !compatible(c.family(), k.family()) || !namesMatch(c.name(), to.name(), k.name())) {
            return false;
        }
        boolean bothKeys = keys.get(from.name()).equals(List.of(c.name()));
        // Two tables keyed by the same column are one-to-one: link the smaller to the larger, once.
        return !bothKeys || from.rowCount() < to.rowCount()
                || (from.rowCount() == to.rowCount() && from.name().compareTo(to.name()) < 0);
    }

    static boolean namesMatch(String column, String toTable, String key) {
        String c = String.join("_", Names.words(column));
        String k = String.join("_", Names.words(key));
        String entity = Names.entityToken(toTable);
        if (c.equals(k)) {
            return !k.equals("id");
        }
        return c.equals(entity + "_" + k) || (k.equals("id") && c.equals(String.join("_", Names.words(toTable)) + "_id"));
    }

    private static boolean compatible(TypeFamily a, TypeFamily b) {
        return a == b && (a == TypeFamily.INTEGER || a == TypeFamily.STRING || a == TypeFamily.OTHER_SCALAR);
    }

    private Relationship measure(TableProfile from, String column, String toTable, String toColumn,
            Relationship.Basis basis) {
        Object[] r = Sql.row(conn, "SELECT count(*), count(b.v) FROM (SELECT DISTINCT " + Sql.quote(column)
                + " AS v FROM " + Sql.quote(from.name()) + " WHERE " + Sql.quote(column) + " IS NOT NULL) a"
                + " LEFT JOIN (SELECT DISTINCT " + Sql.quote(toColumn) + " AS v FROM " + Sql.quote(toTable)
                + ") b ON a.v = b.v");
        long values = Sql.asLong(r[0]);
        long matched = Sql.asLong(r[1]);
        ColumnProfile c = from.column(column);
        String cardinality = c != null && c.unique() ? "one-to-one" : "many-to-one";
        return new Relationship(from.name(), column, toTable, toColumn, cardinality, basis,
                Rounding.share(matched, values), values - matched,
                Sql.qualified(from.name(), column) + " = " + Sql.qualified(toTable, toColumn));
    }
}
