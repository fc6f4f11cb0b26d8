package com.shopsight.tools.schema;

import com.shopsight.tools.schema.TableProfiler.TableProfile;
import java.util.List;
import java.util.Set;

/** The columns that identify a row: the declared key, or else a unique, key-like named column. */
final class KeyFinder {
    private static final Set<String> KEY_WORDS =
            Set.of("id", "key", "code", "no", "nr", "number", "uuid", "guid", "sku", "isbn", "ean");

    private KeyFinder() {}

    static List<String> keyOf(TableProfile table) {
        if (!table.table().declaredKey().isEmpty()) {
            return table.table().declaredKey();
        }
        for (ColumnProfile c : table.columns()) {
            boolean keyLike = KEY_WORDS.contains(Names.last(c.name()));
            boolean keyType = c.family() == TypeFamily.INTEGER || c.family() == TypeFamily.STRING
                    || c.family() == TypeFamily.OTHER_SCALAR;
            if (keyLike && keyType && c.unique()) {
                return List.of(c.name());
            }
        }
        return List.of();
    }
}
