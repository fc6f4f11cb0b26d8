package com.shopsight.tools.forecast;

import java.util.Objects;

/**
 * A method left out of the comparison, and why ("needs at least 106 periods (two full seasons)").
 *
 * @param method the method, never null
 * @param reason why, never null
 */
public record Excluded(Method method, String reason) {
    public Excluded {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(reason, "reason");
    }
}
