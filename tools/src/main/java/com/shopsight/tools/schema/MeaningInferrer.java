package com.shopsight.tools.schema;

import com.shopsight.tools.schema.TableProfiler.TableProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Infers what a column or table of an unknown database means, from its name, its type and
 * its values: {@code *_id} identifiers, dates, amounts, flags, categories, free text.
 */
final class MeaningInferrer {
    private static final Set<String> ID_WORDS = Set.of("id", "key", "uuid", "guid", "hash", "sku", "isbn", "ean");
    private static final Set<String> CODE_WORDS = Set.of("code", "no", "nr", "num", "number", "cd");
    private static final Set<String> AMOUNT_WORDS = Set.of("price", "amount", "cost", "revenue", "total", "fee",
            "salary", "paid", "balance", "sales", "spend", "income", "tax", "discount", "value", "turnover", "fine");
    private static final Set<String> QUANTITY_WORDS = Set.of("qty", "quantity", "count", "units", "pieces", "stock",
            "items", "copies");
    private static final Set<String> TEXT_WORDS = Set.of("desc", "description", "comment", "comments", "notes",
            "note", "text", "body", "review", "message", "summary", "details");
    private static final Set<String> NAME_WORDS = Set.of("name", "title", "label", "email", "phone");
    private static final Set<String> FLAG_TEXTS = Set.of("y", "n", "yes", "no", "true", "false", "t", "f");
    private static final Map<String, String> KNOWN_NUMBERS = Map.of(
            "age", "Age in years", "year", "A calendar year", "rating", "A rating", "score", "A score",
            "latitude", "Latitude in degrees", "longitude", "Longitude in degrees");

    private MeaningInferrer() {}

    /** A column's inferred role and meaning. */
    record Inferred(ColumnRole role, String meaning, String unit) {}

    static Inferred column(TableProfile table, ColumnProfile c, List<String> key, Relationship outgoing) {
        ColumnRole role = role(c, key.equals(List.of(c.name())), outgoing != null);
        String phrase = Names.phrase(c.name());
        String entity = Names.entity(table.name());
        String meaning = switch (role) {
            case IDENTIFIER -> key.equals(List.of(c.name())) ? "Identifies each " + entity + " (unique)."
                    : outgoing != null ? "The " + Names.entity(outgoing.toTable()) + " of the " + entity + ": joins "
                            + outgoing.toTable() + "." + outgoing.toColumn() + "."
                    : "An identifier: " + phrase + ".";
            case CODE -> "A code: " + phrase + "." + label(table, c);
            case CATEGORY -> "A category: " + phrase + " (" + c.distinct() + " values).";
            case NAME -> "The " + phrase + " of each " + entity + ".";
            case TEXT -> "Free text: " + phrase + ".";
            case DATE -> c.column().type().toUpperCase(java.util.Locale.ROOT).startsWith("TIMESTAMP") ? "A point in time: " + phrase + "."
                    : "A date: " + phrase + ".";
            case AMOUNT -> "A money amount: " + phrase + ".";
            case QUANTITY -> "A quantity: " + phrase + ".";
            case FLAG -> "Yes or no: " + phrase + ".";
            case NUMBER -> KNOWN_NUMBERS.getOrDefault(Names.last(c.name()), "A number: " + phrase) + ".";
            case OTHER -> c.column().type() + " data: " + phrase + ".";
        };
        String unit = role == ColumnRole.NUMBER && Names.last(c.name()).equals("age") ? "years" : null;
        return new Inferred(role, meaning, unit);
    }

    static ColumnRole role(ColumnProfile c, boolean isKey, boolean isForeignKey) {
        String last = Names.last(c.name());
        List<String> words = Names.words(c.name());
        TypeFamily family = c.family();
        if (family == TypeFamily.NESTED) {
            return ColumnRole.OTHER;
        }
        if (family == TypeFamily.BOOLEAN || (!words.isEmpty() && Set.of("is", "has", "can").contains(words.get(0)))) {
            return ColumnRole.FLAG;
        }
        if (family == TypeFamily.TEMPORAL) {
            return ColumnRole.DATE;
        }
        if (isKey || isForeignKey || ID_WORDS.contains(last)) {
            return ColumnRole.IDENTIFIER;
        }
        if (family.numeric()) {
            if (CODE_WORDS.contains(last)) {
                return ColumnRole.CODE;
            }
            if (c.distinct() <= 2 && zeroOrOne(c.min()) && zeroOrOne(c.max())) {
                return ColumnRole.FLAG;
            }
            if (words.stream().anyMatch(AMOUNT_WORDS::contains)) {
                return ColumnRole.AMOUNT;
            }
            return words.stream().anyMatch(QUANTITY_WORDS::contains) || (!words.isEmpty() && words.get(0).equals("n"))
                    ? ColumnRole.QUANTITY : ColumnRole.NUMBER;
        }
        if (family != TypeFamily.STRING) {
            // TIME, INTERVAL, UUID: only a unique one says what it is for.
            return c.unique() ? ColumnRole.IDENTIFIER : ColumnRole.OTHER;
        }
        if (CODE_WORDS.contains(last)) {
            return ColumnRole.CODE;
        }
        if (c.distinct() >= 1 && c.distinct() <= 2 && c.allValuesKnown()
                && c.values().stream().allMatch(v -> FLAG_TEXTS.contains(v.value().toLowerCase(java.util.Locale.ROOT)))) {
            return ColumnRole.FLAG;
        }
        if (words.stream().anyMatch(TEXT_WORDS::contains) || (c.avgLength() != null && c.avgLength() > 50)) {
            return ColumnRole.TEXT;
        }
        if (NAME_WORDS.contains(last)) {
            return ColumnRole.NAME;
        }
        boolean repeats = c.distinct() * 2 <= c.nonNull();
        return c.distinct() <= ColumnDoc.ALL_VALUES_LIMIT && repeats ? ColumnRole.CATEGORY : ColumnRole.NAME;
    }

    static String table(TableProfile table, List<String> key, List<Relationship> outgoing) {
        StringBuilder s = new StringBuilder("One row per " + Names.entity(table.name()));
        if (!key.isEmpty()) {
            s.append(", identified by ").append(String.join(", ", key));
        }
        String targets = outgoing.stream().map(Relationship::toTable).distinct().collect(Collectors.joining(", "));
        if (!targets.isEmpty()) {
            s.append("; refers to ").append(targets);
        }
        return s.append('.').toString();
    }

    /** Points a code at its label: {@code genre_code} at {@code genre_name}. */
    private static String label(TableProfile table, ColumnProfile c) {
        List<String> words = Names.words(c.name());
        String stem = String.join("_", words.subList(0, words.size() - 1));
        return table.columns().stream()
                .filter(o -> o != c && String.join("_", Names.words(o.name())).equals(stem + "_name"))
                .map(o -> " Its label is in " + o.name() + ".").findFirst().orElse("");
    }

    private static boolean zeroOrOne(String value) {
        return value != null && (value.equals("0") || value.equals("1") || value.equals("0.0") || value.equals("1.0"));
    }
}
