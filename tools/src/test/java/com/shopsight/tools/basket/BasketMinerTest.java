package com.shopsight.tools.basket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.testing.Sql;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every support, confidence and rule the miner reports matches a brute-force count. */
class BasketMinerTest {
    private static Connection c;

    @BeforeAll
    static void open() {
        c = DuckDb.openInMemory();
    }

    @AfterAll
    static void close() throws Exception {
        c.close();
    }

    @ParameterizedTest(name = "seed {0}: support {1}, confidence {2}, size {3}")
    @CsvSource({
        "1, 0.02, 0.0, 2",
        "1, 0.05, 0.3, 3",
        "2, 0.1, 0.5, 4",
        "3, 0.01, 0.2, 5",
        "4, 0.3, 0.0, 3",
        "5, 0.03, 0.6, 10",
        "6, 0.1, 1.0, 3",
        "7, 0.0333, 0.25, 3"
    })
    void every_itemset_and_rule_matches_a_brute_force_count(long seed, double minSupport, double minConfidence, int maxSize) {
        Map<Object, Set<String>> baskets = randomBaskets(seed);
        BasketParams p = new BasketParams(new Baskets.Query(valuesSql(baskets, seed)), minSupport, minConfidence, maxSize,
                1_000_000, 1_000_000, null);
        BasketResult.Mined mined = mine(p);
        BruteForce truth = new BruteForce(baskets, minSupport, maxSize);

        assertThat(mined.baskets()).isEqualTo(truth.baskets);
        assertThat(mined.minSupportCount()).isEqualTo(truth.minCount);
        Map<Set<String>, Long> reported = new LinkedHashMap<>();
        mined.itemsets().forEach(s -> reported.put(Set.copyOf(s.items()), s.supportCount()));
        assertThat(reported).isEqualTo(truth.frequent());
        assertThat(mined.itemsetCount()).isEqualTo(truth.frequent().size());

        Set<List<Set<String>>> ruleKeys = new HashSet<>();
        for (Rule r : mined.rules()) {
            Set<String> a = Set.copyOf(r.antecedent());
            Set<String> cons = Set.copyOf(r.consequent());
            Set<String> all = new HashSet<>(a);
            all.addAll(cons);
            double n = truth.baskets;
            long count = truth.count(all);
            double conf = (double) count / truth.count(a);
            double supC = truth.count(cons) / n;
            assertThat(r.supportCount()).isEqualTo(count);
            assertThat(r.support()).isCloseTo(count / n, within(1e-12));
            assertThat(r.confidence()).isCloseTo(conf, within(1e-12));
            assertThat(r.lift()).isCloseTo(conf / supC, within(1e-9));
            assertThat(r.leverage()).isCloseTo(count / n - truth.count(a) / n * supC, within(1e-12));
            if (conf == 1.0) {
                assertThat(r.conviction()).isNull();
            } else {
                assertThat(r.conviction()).isCloseTo((1 - supC) / (1 - conf), within(1e-9));
            }
            ruleKeys.add(List.of(a, cons));
        }
        assertThat(ruleKeys).isEqualTo(truth.rules(minConfidence));
        assertThat(mined.ruleCount()).isEqualTo(ruleKeys.size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ANTECEDENT", "CONSEQUENT", "EITHER"})
    void a_filter_keeps_exactly_the_rules_with_the_item_on_its_side(ItemFilter.Side side) {
        Map<Object, Set<String>> baskets = randomBaskets(11);
        BasketParams p = new BasketParams(new Baskets.Query(valuesSql(baskets, 11)), 0.02, 0.1, 4, 1_000_000, 1_000_000,
                new ItemFilter("i1", side));
        BasketResult.Mined mined = mine(p);
        Set<List<Set<String>>> expected = new HashSet<>();
        for (List<Set<String>> rule : new BruteForce(baskets, 0.02, 4).rules(0.1)) {
            boolean inA = rule.get(0).contains("i1");
            boolean inC = rule.get(1).contains("i1");
            if (side == ItemFilter.Side.ANTECEDENT ? inA : side == ItemFilter.Side.CONSEQUENT ? inC : inA || inC) {
                expected.add(rule);
            }
        }
        Set<List<Set<String>>> got = new HashSet<>();
        mined.rules().forEach(r -> got.add(List.of(Set.copyOf(r.antecedent()), Set.copyOf(r.consequent()))));
        assertThat(got).isNotEmpty().isEqualTo(expected);
    }

    BasketResult.Mined mine(BasketParams p) {
        BasketQuery query = BasketSql.build(p.baskets(), 0, p.minSupport(), p.filter() == null ? null : p.filter().item());
        BasketResult result = BasketMiner.mine(p, query, Sql.rows(c, query.sql()), System.nanoTime());
        assertThat(result).isInstanceOf(BasketResult.Mined.class);
        return (BasketResult.Mined) result;
    }

    /** Baskets over twelve items of falling popularity, with two planted pairs and some repeats. */
    static Map<Object, Set<String>> randomBaskets(long seed) {
        Random r = new Random(seed);
        Map<Object, Set<String>> baskets = new LinkedHashMap<>();
        int n = 60 + r.nextInt(240);
        for (int b = 0; b < n; b++) {
            Set<String> items = new HashSet<>();
            int size = 1 + r.nextInt(6);
            for (int k = 0; k < size; k++) {
                items.add("i" + (int) Math.floor(12 * Math.pow(r.nextDouble(), 1.8)));
            }
            if (items.contains("i1") && r.nextDouble() < 0.7) {
                items.add("i5");
            }
            if (items.contains("i2") && items.contains("i3") && r.nextDouble() < 0.8) {
                items.add("i9");
            }
            baskets.put((long) b, items);
        }
        return baskets;
    }

    /** The baskets as a VALUES query, with a repeated row per basket and rows with nulls that must be ignored. */
    static String valuesSql(Map<Object, Set<String>> baskets, long seed) {
        List<String> rows = new ArrayList<>();
        baskets.forEach((id, items) -> {
            items.forEach(item -> rows.add("(" + id + ", '" + item + "')"));
            rows.add("(" + id + ", '" + items.iterator().next() + "')");
        });
        rows.add("(NULL, 'i0')");
        rows.add("(" + seed + ", NULL)");
        return "SELECT basket_id, item FROM (VALUES " + String.join(", ", rows) + ") AS v(basket_id, item)";
    }
}
