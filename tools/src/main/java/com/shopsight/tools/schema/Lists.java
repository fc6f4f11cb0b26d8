package com.shopsight.tools.schema;

import java.util.List;

/** Null-tolerant list copying for records that Jackson may fill with a missing (null) list. */
final class Lists {
    private Lists() {}

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
