package com.shopsight.tools.segments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonasTest {
    private static final List<Personas.Feature> FEATURES = List.of(
            Personas.Feature.measure("recency days", "lapsed", "recent"),
            Personas.Feature.measure("age", "older", "young"),
            Personas.Feature.measure("online share", "online", "in-store"),
            Personas.Feature.share("Divided"),
            Personas.Feature.share("Menswear"));

    private static String name(double... z) {
        return Personas.name(FEATURES, Personas.traits(FEATURES, z));
    }

    @Test
    void names_use_the_strongest_traits_as_adjectives_and_the_leaning_index_group_as_noun() {
        assertThat(name(0.1, -1.2, 0.8, 1.5, -0.6)).isEqualTo("Young, online Divided shoppers");
        assertThat(name(1.4, 0.2, -0.7, -0.1, 0.0)).isEqualTo("Lapsed, in-store shoppers");
        assertThat(name(0.0, 0.0, 0.0, 0.0, 0.9)).isEqualTo("Menswear shoppers");
    }

    @Test
    void a_cluster_near_the_mean_on_everything_is_typical() {
        assertThat(name(0.2, -0.3, 0.1, 0.4, -0.4)).isEqualTo("Typical shoppers");
    }

    @Test
    void repeated_names_are_numbered() {
        assertThat(Personas.unique(List.of("A", "B", "A"))).containsExactly("A", "B", "A (2)");
    }
}
