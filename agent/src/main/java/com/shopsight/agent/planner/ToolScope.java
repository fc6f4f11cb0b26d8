package com.shopsight.agent.planner;

import com.shopsight.agent.semantic.SemanticModel;
import com.shopsight.tools.scope.AgeBand;
import com.shopsight.tools.scope.Channel;
import com.shopsight.tools.scope.Dimension;
import com.shopsight.tools.scope.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A query's conditions and dates as the analytic tools' {@link Scope}, and the conditions a
 * scope cannot say (several values of one attribute, exclusions, custom age ranges, club
 * status): the executor either says those some other way or tells the user they were left out.
 *
 * @param scope what the tools can be given
 * @param leftOut the conditions the scope does not hold, in the query's order
 */
record ToolScope(Scope scope, List<Condition> leftOut) {
    ToolScope {
        leftOut = List.copyOf(leftOut);
    }

    /** Whether the scope holds every condition. */
    boolean complete() {
        return leftOut.isEmpty();
    }

    /** Reads conditions into scopes with the semantic model's columns. */
    static final class Reader {
        /** The semantic model's filters a scope can hold, by name. */
        private static final Map<String, Channel> CHANNELS = Map.of("online", Channel.ONLINE, "in_store", Channel.STORE);
        private static final Map<String, AgeBand> AGE_FILTERS = Map.of("young", AgeBand.UNDER_25, "seniors", AgeBand.FROM_55);

        private final SemanticModel model;

        Reader(SemanticModel model) {
            this.model = model;
        }

        ToolScope read(List<Condition> conditions, TimeWindow time) {
            Scope scope = Scope.all().between(time.from(), time.lastDay());
            List<Condition> leftOut = new ArrayList<>();
            for (Condition c : conditions) {
                Scope narrowed = narrow(scope, c);
                if (narrowed == null) {
                    leftOut.add(c);
                } else {
                    scope = narrowed;
                }
            }
            return new ToolScope(scope, leftOut);
        }

        /** {@code scope} narrowed by {@code c}, or null when a scope cannot say {@code c}. */
        private Scope narrow(Scope scope, Condition c) {
            if (c instanceof Condition.Named n) {
                if (n.negated()) {
                    return null;
                }
                if (CHANNELS.containsKey(n.name()) && scope.channel() == null) {
                    return scope.withChannel(CHANNELS.get(n.name()));
                }
                return AGE_FILTERS.containsKey(n.name()) && scope.ageBand() == null
                        ? scope.withAgeBand(AGE_FILTERS.get(n.name())) : null;
            }
            if (c instanceof Condition.Ages a) {
                AgeBand band = band(a);
                return band != null && scope.ageBand() == null ? scope.withAgeBand(band) : null;
            }
            Condition.Values v = (Condition.Values) c;
            if (v.negated() || v.values().size() > 1) {
                return null;
            }
            String value = v.values().get(0);
            if (v.dimension().equals("channel") && scope.channel() == null) {
                return scope.withChannel(Channel.parse(value));
            }
            if (v.dimension().equals("age_band") && scope.ageBand() == null && !value.equals("unknown")) {
                return scope.withAgeBand(AgeBand.parse(value));
            }
            Dimension d = attribute(v.dimension());
            return d != null && !scope.attributes().containsKey(d) ? scope.with(d, value) : null;
        }

        /** The scope attribute over the same articles column as the model's dimension, or null. */
        private Dimension attribute(String dimension) {
            String column = model.dimension(dimension).map(SemanticModel.Dimension::column).orElse(null);
            if (column == null || !column.startsWith("a.")) {
                return null;
            }
            String name = column.substring(2).toLowerCase(Locale.ROOT);
            for (Dimension d : Dimension.values()) {
                if (d.column().equals(name)) {
                    return d;
                }
            }
            return null;
        }

        /** The age band an age range is exactly, or null. */
        private static AgeBand band(Condition.Ages a) {
            Integer min = a.min();
            Integer max = a.max();
            if (min == null) {
                return max == 25 ? AgeBand.UNDER_25 : null;
            }
            if (max == null) {
                return min == 55 ? AgeBand.FROM_55 : null;
            }
            for (AgeBand b : List.of(AgeBand.FROM_25_TO_34, AgeBand.FROM_35_TO_44, AgeBand.FROM_45_TO_54)) {
                int low = Integer.parseInt(b.label().substring(0, 2));
                if (min == low && max == low + 10) {
                    return b;
                }
            }
            return null;
        }
    }
}
