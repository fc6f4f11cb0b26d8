package com.shopsight.tools.scope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which transactions a tool looks at: those of articles with the given attribute values, in
 * one channel, by customers in one age band, between two days (inclusive). Every part is
 * optional; none at all is the whole store. Attribute values must exist in the data, which
 * {@link ScopeSql#resolve} checks before any tool uses the scope.
 *
 * @param attributes product attribute values, at most one per dimension; never null
 * @param channel the channel, or null for both
 * @param ageBand the customers' age band, or null for all
 * @param from the first day, or null for the start of the data
 * @param to the last day, or null for the end of the data
 */
public record Scope(Map<Dimension, String> attributes, Channel channel, AgeBand ageBand, LocalDate from, LocalDate to) {
    public Scope {
        EnumMap<Dimension, String> copy = new EnumMap<>(Dimension.class);
        if (attributes != null) {
            attributes.forEach((d, v) -> {
                if (v == null || v.isBlank()) {
                    throw new IllegalArgumentException("the " + d.words() + " must not be blank");
                }
                copy.put(d, Dimension.normalise(d, v));
            });
        }
        attributes = Collections.unmodifiableMap(copy);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the first day " + from + " is after the last day " + to);
        }
    }

    /** The whole store, all of the time. */
    public static Scope all() {
        return new Scope(Map.of(), null, null, null, null);
    }

    /** This scope narrowed to articles whose {@code dimension} is {@code value}. */
    public Scope with(Dimension dimension, String value) {
        Map<Dimension, String> more = new EnumMap<>(Dimension.class);
        more.putAll(attributes);
        more.put(dimension, value);
        return new Scope(more, channel, ageBand, from, to);
    }

    public Scope withChannel(Channel c) {
        return new Scope(attributes, c, ageBand, from, to);
    }

    public Scope withAgeBand(AgeBand band) {
        return new Scope(attributes, channel, band, from, to);
    }

    /** This scope between two days, inclusive; either may be null for open-ended. */
    public Scope between(LocalDate first, LocalDate last) {
        return new Scope(attributes, channel, ageBand, first, last);
    }

    /** Whether no filter at all applies. */
    public boolean isWholeStore() {
        return attributes.isEmpty() && channel == null && ageBand == null && from == null && to == null;
    }

    /** The scope in words: "product type Trousers, online, customers aged <25, to 2020-04-30". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        attributes.forEach((d, v) -> parts.add(d.words() + " " + v));
        if (channel != null) {
            parts.add(channel.words());
        }
        if (ageBand != null) {
            parts.add("customers aged " + ageBand.label());
        }
        if (from != null && to != null) {
            parts.add(from + " to " + to);
        } else if (from != null) {
            parts.add("from " + from);
        } else if (to != null) {
            parts.add("to " + to);
        }
        return parts.isEmpty() ? "the whole store" : String.join(", ", parts);
    }
}
