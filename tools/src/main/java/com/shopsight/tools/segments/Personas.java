package com.shopsight.tools.segments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names clusters after what sets them apart: the features whose centre lies at least
 * {@link #NOTABLE} standard deviations from the mean, strongest first, as words ("young",
 * "online", "lapsed"), with the index group a cluster leans to as the noun ("Divided
 * shoppers"). A cluster with nothing notable is "Typical shoppers".
 */
final class Personas {
    static final double NOTABLE = 0.5;
    private static final int MAX_WORDS = 3;

    private Personas() {}

    /**
     * A feature and the words for a high and a low centre.
     *
     * @param name the feature's name in results
     * @param high the adjective for a high centre, or null
     * @param low the adjective for a low centre, or null
     * @param noun the noun for a high centre (an index group's name), or null
     */
    record Feature(String name, String high, String low, String noun) {
        static Feature measure(String name, String high, String low) {
            return new Feature(name, high, low, null);
        }

        static Feature share(String group) {
            return new Feature("share " + group, null, null, group);
        }
    }

    /** The traits of one cluster centre, given in standard deviations per feature, strongest first. */
    static List<Trait> traits(List<Feature> features, double[] z) {
        List<Trait> out = new ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            Feature f = features.get(j);
            String word = null;
            if (Math.abs(z[j]) >= NOTABLE) {
                word = f.noun() != null ? (z[j] > 0 ? f.noun() : null) : (z[j] > 0 ? f.high() : f.low());
            }
            out.add(new Trait(f.name(), z[j], word));
        }
        out.sort(Comparator.comparingDouble((Trait t) -> Math.abs(t.z())).reversed());
        return out;
    }

    /** A name from traits as {@link #traits} orders them. */
    static String name(List<Feature> features, List<Trait> traits) {
        Map<String, Feature> byName = new HashMap<>();
        for (Feature f : features) {
            byName.put(f.name(), f);
        }
        List<String> adjectives = new ArrayList<>();
        String noun = null;
        for (Trait t : traits) {
            if (t.words() == null) {
                continue;
            }
            if (byName.get(t.feature()).noun() != null) {
                if (noun == null) {
                    noun = t.words();
                }
            } else if (adjectives.size() < MAX_WORDS) {
                adjectives.add(t.words());
            }
        }
        if (adjectives.isEmpty() && noun == null) {
            return "Typical shoppers";
        }
        String text = String.join(", ", adjectives) + (noun == null ? "" : (adjectives.isEmpty() ? "" : " ") + noun) + " shoppers";
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** The same names with "(2)", "(3)" added to repeats, in order. */
    static List<String> unique(List<String> names) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (String n : names) {
            int count = seen.merge(n, 1, Integer::sum);
            out.add(count == 1 ? n : n + " (" + count + ")");
        }
        return out;
    }
}
