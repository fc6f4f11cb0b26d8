package com.shopsight.tools.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.testing.Sql;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Basket rules on the tiny dataset through the SQL gate: the planted pairs, exact counts, clear errors. */
class BasketToolTest {
    @TempDir
    static Path folder;

    private static SqlGate gate;
    private static BasketTool tool;
    private static Connection plain;

    @BeforeAll
    static void open() {
        Path db = TinyDataset.copyTo(folder);
        gate = SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(null, 1024));
        tool = new BasketTool(gate);
        // The planted ground truth lives in a schema the gate hides; tests read it directly.
        plain = DuckDb.openReadOnly(TinyDataset.path());
    }

    @AfterAll
    static void close() throws Exception {
        gate.close();
        plain.close();
    }

    static BasketResult.Mined mined(BasketParams p) {
        BasketResult r = tool.run(p);
        assertThat(r).as(r.toString()).isInstanceOf(BasketResult.Mined.class);
        return (BasketResult.Mined) r;
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Bikini top, Swimwear bottom, 3", "Bra, Underwear bottom, 2", "Blazer, Trousers, 1.5"})
    void the_planted_type_pairs_are_what_sells_most_with_their_item(String item, String partner, double minLift) {
        BasketParams p = BasketParams.of(Baskets.CustomerDay.of(ItemLevel.PRODUCT_TYPE))
                .withMinSupport(0.001).withMinConfidence(0.01).withMaxSize(2).withFilter(ItemFilter.sellsWith(item));
        BasketResult.Mined m = mined(p);
        assertThat(m.rules()).allMatch(r -> r.antecedent().equals(List.of(item)));
        Rule mostConfident = m.rules().stream().max(java.util.Comparator.comparingDouble(Rule::confidence)).orElseThrow();
        assertThat(mostConfident.consequent()).containsExactly(partner);
        assertThat(mostConfident.lift()).isGreaterThan(minLift);
    }

    @Test
    void the_planted_matching_articles_are_found_at_article_level() {
        List<List<Object>> pairs = Sql.rows(plain, "SELECT item, partner FROM meta.planted WHERE kind = 'pair article'");
        BasketResult.Mined m = mined(BasketParams.of(Baskets.CustomerDay.of(ItemLevel.ARTICLE))
                .withMinSupport(0.0003).withMinConfidence(0.2).withMaxSize(2).withMaxRules(100_000));
        Set<List<String>> found = new HashSet<>();
        m.rules().forEach(r -> found.add(List.of(r.antecedent().get(0), r.consequent().get(0))));
        long hits = pairs.stream().filter(p -> found.contains(List.of((String) p.get(0), (String) p.get(1)))).count();
        List<Rule> strongest = m.rules().subList(0, Math.min(20, m.rules().size()));
        long plantedAmongStrongest = strongest.stream().filter(r -> pairs.stream().anyMatch(p ->
                Set.of(p.get(0), p.get(1)).equals(Set.of(r.antecedent().get(0), r.consequent().get(0))))).count();
        assertThat(hits).as("planted article pairs with a rule").isGreaterThanOrEqualTo(10);
        assertThat(plantedAmongStrongest).as("planted pairs among the 20 strongest rules").isGreaterThanOrEqualTo(15);
        assertThat(m.labels()).containsKey(m.rules().get(0).antecedent().get(0));
    }

    @ParameterizedTest(name = "support {0}, size {1}")
    @CsvSource({"0.002, 2", "0.001, 3", "0.0005, 4"})
    void every_support_at_type_level_matches_a_brute_force_count(double minSupport, int maxSize) {
        Map<Object, Set<String>> baskets = new HashMap<>();
        for (List<Object> row : Sql.rows(plain, "SELECT customer_id || t_dat, product_type_name FROM transactions"
                + " JOIN articles USING (article_id) WHERE product_type_name IS NOT NULL")) {
            baskets.computeIfAbsent(row.get(0), k -> new HashSet<>()).add((String) row.get(1));
        }
        BruteForce truth = new BruteForce(baskets, minSupport, maxSize);
        BasketResult.Mined m = mined(new BasketParams(Baskets.CustomerDay.of(ItemLevel.PRODUCT_TYPE), minSupport, 0.0, maxSize,
                1_000_000, 1_000_000, null));
        assertThat(m.baskets()).isEqualTo(truth.baskets);
        Map<Set<String>, Long> reported = new HashMap<>();
        m.itemsets().forEach(s -> reported.put(Set.copyOf(s.items()), s.supportCount()));
        assertThat(reported).isEqualTo(truth.frequent());
        for (Rule r : m.rules()) {
            Set<String> all = new HashSet<>(r.antecedent());
            all.addAll(r.consequent());
            assertThat(r.supportCount()).isEqualTo(truth.count(all));
            assertThat(r.confidence()).isEqualTo((double) truth.count(all) / truth.count(Set.copyOf(r.antecedent())));
        }
        assertThat(m.ruleCount()).isEqualTo(truth.rules(0.0).size());
    }

    @Test
    void every_support_at_article_level_matches_a_brute_force_count() {
        Map<Object, Set<String>> baskets = new HashMap<>();
        for (List<Object> row : Sql.rows(plain, "SELECT customer_id || t_dat, article_id FROM transactions")) {
            baskets.computeIfAbsent(row.get(0), k -> new HashSet<>()).add((String) row.get(1));
        }
        BruteForce truth = new BruteForce(baskets, 0.0004, 3);
        BasketResult.Mined m = mined(new BasketParams(Baskets.CustomerDay.of(ItemLevel.ARTICLE), 0.0004, 0.0, 3,
                1_000_000, 1_000_000, null));
        assertThat(m.sql()).contains("pair_counts");
        assertThat(m.baskets()).isEqualTo(truth.baskets);
        Map<Set<String>, Long> reported = new HashMap<>();
        m.itemsets().forEach(s -> reported.put(Set.copyOf(s.items()), s.supportCount()));
        assertThat(reported).isEqualTo(truth.frequent());
        assertThat(m.ruleCount()).isEqualTo(truth.rules(0.0).size());
    }

    @Test
    void the_mask_plan_and_the_list_plan_agree() {
        BasketParams byLevel = BasketParams.of(Baskets.CustomerDay.of(ItemLevel.parse("colour_group"))).withMinSupport(0.005)
                .withMaxRules(100_000).withMaxItemsets(100_000);
        BasketParams bySql = byLevel.withFilter(null);
        bySql = new BasketParams(new Baskets.Query("SELECT t.customer_id || '|' || t.t_dat AS basket_id, a.colour_group_name AS item"
                + " FROM transactions t JOIN articles a USING (article_id)"), 0.005, 0.1, 3, 100_000, 100_000, null);
        BasketResult.Mined a = mined(byLevel);
        BasketResult.Mined b = mined(bySql);
        assertThat(a.sql()).contains("bit_or");
        assertThat(b.sql()).doesNotContain("bit_or");
        assertThat(a.rules()).isEqualTo(b.rules());
        assertThat(a.itemsets()).isEqualTo(b.itemsets());
    }

    @Test
    void baskets_may_be_a_customers_purchases_over_a_window() {
        BasketResult.Mined m = mined(BasketParams.of(new Baskets.CustomerWindow(ItemLevel.PRODUCT_TYPE,
                LocalDate.of(2020, 6, 1), LocalDate.of(2020, 8, 31))).withMinSupport(0.02));
        long customers = ((Number) Sql.scalar(plain, "SELECT count(DISTINCT customer_id) FROM transactions"
                + " WHERE t_dat BETWEEN DATE '2020-06-01' AND DATE '2020-08-31'")).longValue();
        assertThat(m.baskets()).isEqualTo(customers);
        assertThat(m.rules()).isNotEmpty();
    }

    @Test
    void an_unknown_item_is_named_with_close_suggestions() {
        BasketResult r = tool.run(BasketParams.of(Baskets.CustomerDay.of(ItemLevel.PRODUCT_TYPE)).withMinSupport(0.001)
                .withFilter(ItemFilter.sellsWith("Bikini tops")));
        assertThat(r).isInstanceOf(BasketResult.Failed.class);
        BasketResult.Failed f = (BasketResult.Failed) r;
        assertThat(f.reason()).isEqualTo(BasketResult.Reason.UNKNOWN_ITEM);
        assertThat(f.message()).isEqualTo("no basket holds the item 'Bikini tops'");
        assertThat(f.suggestions()).startsWith("Bikini top");
    }

    @Test
    void an_item_too_rare_for_the_min_support_says_how_low_to_go() {
        BasketResult r = tool.run(BasketParams.of(Baskets.CustomerDay.of(ItemLevel.PRODUCT_TYPE)).withMinSupport(0.5)
                .withFilter(ItemFilter.sellsWith("bikini top")));
        BasketResult.Failed f = (BasketResult.Failed) r;
        assertThat(f.reason()).isEqualTo(BasketResult.Reason.ITEM_NOT_FREQUENT);
        assertThat(f.message()).startsWith("'Bikini top' is in ");
        assertThat(f.hint()).startsWith("Lower the min support to ");
    }

    @Test
    void a_window_without_purchases_has_no_baskets() {
        BasketResult r = tool.run(BasketParams.of(new Baskets.CustomerDay(ItemLevel.PRODUCT_TYPE,
                LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))));
        assertThat(((BasketResult.Failed) r).reason()).isEqualTo(BasketResult.Reason.NO_BASKETS);
    }

    @Test
    void a_query_without_basket_id_and_item_is_refused_before_it_runs() {
        BasketResult r = tool.run(BasketParams.of(new Baskets.Query("SELECT customer_id, article_id FROM transactions")));
        BasketResult.Failed f = (BasketResult.Failed) r;
        assertThat(f.reason()).isEqualTo(BasketResult.Reason.SQL_REJECTED);
        assertThat(f.message()).contains("it must return the columns basket_id and item");
        BasketResult hidden = tool.run(BasketParams.of(new Baskets.Query("SELECT item AS basket_id, partner AS item FROM meta.planted")));
        assertThat(((BasketResult.Failed) hidden).reason()).isEqualTo(BasketResult.Reason.SQL_REJECTED);
    }

    @Test
    void impossible_thresholds_are_wrong_arguments() {
        BasketParams p = BasketParams.of(Baskets.CustomerDay.of(ItemLevel.PRODUCT_TYPE));
        assertThatThrownBy(() -> p.withMinSupport(0)).hasMessageContaining("min support must be above 0 and at most 1");
        assertThatThrownBy(() -> p.withMinSupport(1.5)).hasMessageContaining("min support must be above 0 and at most 1");
        assertThatThrownBy(() -> p.withMinConfidence(-0.1)).hasMessageContaining("min confidence must be between 0 and 1");
        assertThatThrownBy(() -> p.withMaxSize(1)).hasMessageContaining("max size must be between 2");
        assertThatThrownBy(() -> ItemLevel.parse("price")).hasMessageStartingWith("Unknown item level 'price'");
    }

    @Test
    void the_json_has_a_rules_array_in_the_documented_shape() {
        BasketResult r = tool.run(BasketParams.of(Baskets.CustomerDay.of(ItemLevel.PRODUCT_TYPE)).withMinSupport(0.002));
        JsonNode json = new ObjectMapper().valueToTree(r);
        assertThat(json.path("status").asText()).isEqualTo("rules");
        JsonNode rule = json.path("rules").get(0);
        assertThat(rule.fieldNames()).toIterable()
                .containsExactly("antecedent", "consequent", "support", "support_count", "confidence", "lift", "leverage", "conviction");
        assertThat(json.path("sql").asText()).startsWith("WITH codes AS");
    }
}
