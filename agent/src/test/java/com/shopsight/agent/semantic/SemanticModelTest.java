package com.shopsight.agent.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopsight.tools.ShopSightException;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.testing.Sql;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticModelTest {
    static final Path MODEL = Path.of(System.getProperty("shopsight.repo.root", ".."), "schema-docs", "hm.semantic.yaml");

    @Test
    void loads_the_hm_model_with_designs_vocabulary() {
        SemanticModel m = SemanticModel.load(MODEL);
        assertThat(m.metric("units").orElseThrow().sql()).isEqualTo("COUNT(*)");
        assertThat(m.metric("revenue").orElseThrow().sql()).isEqualTo("SUM(t.price)");
        assertThat(m.metric("buyers").orElseThrow().sql()).isEqualTo("COUNT(DISTINCT t.customer_id)");
        assertThat(m.filter("online").orElseThrow().sql()).isEqualTo("t.sales_channel_id = 2");
        assertThat(m.filter("in_store").orElseThrow().sql()).isEqualTo("t.sales_channel_id = 1");
        assertThat(m.filter("young").orElseThrow().sql()).isEqualTo("c.age < 25");
        assertThat(m.filter("teenagers").orElseThrow().sql()).isEqualTo("c.age < 20");
        assertThat(m.filter("seniors").orElseThrow().sql()).isEqualTo("c.age >= 55");
        assertThat(m.filter("club_members").orElseThrow().sql()).isEqualTo("c.club_member_status = 'ACTIVE'");
        assertThat(m.dimension("category").orElseThrow().column()).isEqualTo("a.product_group_name");
        assertThat(m.dimension("index").orElseThrow().column()).isEqualTo("a.index_group_name");
        assertThat(m.dimension("week").orElseThrow().sql()).isEqualTo("date_trunc('week', t.t_dat)");
        assertThat(m.time().seasons().get("summer")).containsExactly(6, 7, 8);
    }

    @Test
    void every_fragment_runs_on_the_data() throws Exception {
        SemanticModel m = SemanticModel.load(MODEL);
        String joins = String.join(" ", m.entities().stream().map(SemanticModel.Entity::join).toList());
        String from = " FROM transactions t " + joins;
        try (Connection c = DuckDb.openReadOnly(TinyDataset.path())) {
            for (SemanticModel.Metric metric : m.metrics()) {
                String sql = metric.overFacts() ? "SELECT " + metric.sql() + from
                        : "SELECT " + metric.sql() + " FROM " + metric.table() + " "
                                + m.entity(metric.table()).orElseThrow().alias();
                assertThat(Sql.number(c, sql)).as(metric.name()).isPositive();
            }
            for (SemanticModel.Dimension d : m.dimensions()) {
                List<List<Object>> rows = Sql.rows(c, "SELECT " + d.expression() + ", count(*)" + from + " GROUP BY 1");
                assertThat(rows).as(d.name()).hasSizeGreaterThan(1);
                if (!d.order().isEmpty()) {
                    assertThat(d.order()).as(d.name()).containsAll(rows.stream().map(r -> String.valueOf(r.get(0))).toList());
                }
            }
            for (SemanticModel.Filter f : m.filters()) {
                double n = Sql.number(c, "SELECT count(*)" + from + " WHERE " + f.sql());
                assertThat(n).as(f.name()).isPositive().isLessThan(100_000);
            }
            assertThat(Sql.scalar(c, m.today()).toString()).isEqualTo("2020-09-22");
        }
    }

    @Test
    void value_synonyms_point_at_values_of_the_hm_vocabulary() throws Exception {
        SemanticModel m = SemanticModel.load(MODEL);
        try (Connection c = DuckDb.openReadOnly(TinyDataset.path())) {
            for (Map.Entry<String, Map<String, List<String>>> e : m.valueSynonyms().entrySet()) {
                String column = e.getKey().substring(2);
                String table = e.getKey().startsWith("a.") ? "articles" : "customers";
                Set<String> values = new HashSet<>();
                Sql.rows(c, "SELECT DISTINCT " + column + " FROM " + table).forEach(r -> values.add(String.valueOf(r.get(0))));
                List<String> missing = new ArrayList<>(e.getValue().keySet());
                missing.removeAll(values);
                // tiny samples the catalogue: a value absent from it must still be a real H&M value.
                missing.removeAll(HmVocabulary.productTypes());
                assertThat(missing).as(e.getKey()).isEmpty();
            }
        }
    }

    @Test
    void no_word_means_two_different_things_among_filters_and_metrics() {
        SemanticModel m = SemanticModel.load(MODEL);
        Set<String> seen = new HashSet<>();
        List<String> clashes = new ArrayList<>();
        m.filters().forEach(f -> f.words().forEach(w -> {
            if (!seen.add(w)) {
                clashes.add(w);
            }
        }));
        m.metrics().forEach(x -> x.words().forEach(w -> {
            if (!seen.add(w)) {
                clashes.add(w);
            }
        }));
        assertThat(clashes).isEmpty();
    }

    @Test
    void a_broken_model_is_named_with_its_problem(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.semantic.yaml");
        Files.writeString(bad, Files.readString(MODEL).replace("  - name: age_band\n", "  - name: age_band\n    colour: x\n"));
        assertThatThrownBy(() -> SemanticModel.load(bad)).isInstanceOf(ShopSightException.class)
                .hasMessageContaining(bad.toString()).hasMessageContaining("colour");
        Path dangling = dir.resolve("dangling.semantic.yaml");
        Files.writeString(dangling, Files.readString(MODEL).replace("entity: customers\n    words: [club status", "entity: shoppers\n    words: [club status"));
        assertThatThrownBy(() -> SemanticModel.load(dangling)).hasMessageContaining("unknown entity shoppers");
    }
}
