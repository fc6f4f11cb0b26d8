package com.shopsight.tools.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.scope.Dimension;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.testing.Sql;
import com.shopsight.tools.testing.TinyDataset;
import com.shopsight.tools.testing.TinyGate;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Buyer profiles, RFM and clusters on the tiny synthetic dataset, where young and older customers buy differently. */
class SegmentsToolTest {
    @TempDir
    static Path dir;

    /** The shared tiny dataset, read directly for the planted truth and for cross-checks. */
    private static Connection connection;
    private static SqlGate gate;
    private static SegmentsTool tool;

    @BeforeAll
    static void open() {
        connection = DuckDb.openReadOnly(TinyDataset.path());
        gate = TinyGate.open(dir);
        tool = new SegmentsTool(gate);
    }

    @AfterAll
    static void close() throws Exception {
        gate.close();
        connection.close();
    }

    private static <T extends SegmentsResult> T as(Class<T> type, SegmentsResult r) {
        assertThat(r).as(r instanceof SegmentsResult.Failed f ? f.problem().describe() : r.status()).isInstanceOf(type);
        return type.cast(r);
    }

    private static ProfileRow row(SegmentsResult.BuyerProfile p, String dimension, String value) {
        return p.rows().stream().filter(r -> r.dimension().equals(dimension) && r.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void divided_buyers_over_index_on_the_young_and_say_so_first() {
        SegmentsResult.BuyerProfile p = as(SegmentsResult.BuyerProfile.class,
                tool.run(SegmentsParams.buyers(Scope.all().with(Dimension.INDEX_GROUP, "divided"))));

        ProfileRow young = row(p, "age band", "<25");
        ProfileRow old = row(p, "age band", "55+");
        // Measured on tiny: index 1.30 for <25 (38 % of buyers, 29 % of customers) and 0.62 for 55+.
        assertThat(young.index()).isGreaterThan(1.2);
        assertThat(old.index()).isLessThan(0.8);
        assertThat(p.highlights()).first().satisfies(h -> assertThat(h.value()).isEqualTo("<25"));
        assertThat(p.scope()).isEqualTo("index group Divided");
    }

    @Test
    void blouse_buyers_lean_older_than_vest_top_buyers() {
        SegmentsResult.BuyerProfile blouse = as(SegmentsResult.BuyerProfile.class,
                tool.run(SegmentsParams.buyers(Scope.all().with(Dimension.PRODUCT_TYPE, "Blouse"))));
        SegmentsResult.BuyerProfile vest = as(SegmentsResult.BuyerProfile.class,
                tool.run(SegmentsParams.buyers(Scope.all().with(Dimension.PRODUCT_TYPE, "Vest top"))));

        assertThat(row(blouse, "age band", "55+").index()).isGreaterThan(row(vest, "age band", "55+").index() + 0.2);
        assertThat(row(vest, "age band", "<25").index()).isGreaterThan(row(blouse, "age band", "<25").index() + 0.2);
        // A young-skewed type over-indexes on the young against all customers, not only against another type.
        assertThat(row(vest, "age band", "<25").index()).isGreaterThan(1.1);
        assertThat(row(blouse, "age band", "55+").index()).isGreaterThan(1.1);
    }

    @Test
    void profile_counts_add_up_to_the_buyers_and_all_customers_in_every_dimension() {
        SegmentsResult.BuyerProfile p = as(SegmentsResult.BuyerProfile.class,
                tool.run(SegmentsParams.buyers(Scope.all().with(Dimension.PRODUCT_GROUP, "Swimwear"))));

        long direct = (long) Sql.number(connection, "SELECT count(DISTINCT customer_id) FROM transactions JOIN articles USING (article_id)"
                + " WHERE product_group_name = 'Swimwear'");
        assertThat(p.buyers()).isEqualTo(direct);
        assertThat(p.customers()).isEqualTo(5_000);
        for (String d : List.of("age band", "club member status", "fashion news", "FN", "Active")) {
            List<ProfileRow> rows = p.rows().stream().filter(r -> r.dimension().equals(d)).toList();
            assertThat(rows.stream().mapToLong(ProfileRow::buyers).sum()).as(d).isEqualTo(p.buyers());
            assertThat(rows.stream().mapToLong(ProfileRow::customers).sum()).as(d).isEqualTo(5_000);
        }
        assertThat(p.repeatBuyers()).isBetween(1L, p.buyers());
        assertThat(p.onlineShare()).isBetween(0.0, 1.0);
        assertThat(p.sql()).hasSize(2);
    }

    @Test
    void a_profile_serialises_to_json_with_its_status() {
        SegmentsResult r = tool.run(SegmentsParams.buyers(Scope.all().with(Dimension.DEPARTMENT, "Jersey Basic")));

        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(r);
        assertThat(json.get("status").asText()).isIn("buyers", "failed");
        assertThat(json.has("sql")).isTrue();
    }

    @Test
    void an_unknown_department_is_refused_with_the_closest_names() {
        SegmentsResult r = tool.run(SegmentsParams.buyers(Scope.all().with(Dimension.DEPARTMENT, "Jersy Basik")));

        Problem p = as(SegmentsResult.Failed.class, r).problem();
        assertThat(p.kind()).isEqualTo(Problem.Kind.UNKNOWN_VALUE);
        assertThat(p.hint()).contains("Jersey Basic");
    }

    @Test
    void a_product_nobody_bought_is_an_empty_result() {
        Problem p = as(SegmentsResult.Failed.class, tool.run(SegmentsParams.buyers(Scope.all().with(Dimension.ARTICLE, "0116639001"))))
                .problem();

        assertThat(p.kind()).isEqualTo(Problem.Kind.NO_DATA);
        assertThat(p.message()).isEqualTo("Nobody bought article 0116639001.");
    }

    @Test
    void rfm_puts_every_buyer_in_exactly_one_segment_and_explains_the_scores() {
        SegmentsResult.Rfm rfm = as(SegmentsResult.Rfm.class, tool.run(SegmentsParams.rfm(Scope.all())));

        long buyers = (long) Sql.number(connection, "SELECT count(DISTINCT customer_id) FROM transactions");
        assertThat(rfm.customers()).isEqualTo(buyers);
        assertThat(rfm.referenceDate()).isEqualTo(LocalDate.of(2020, 9, 22));
        assertThat(rfm.segments()).hasSize(10);
        assertThat(rfm.segments().stream().mapToDouble(RfmGroup::share).sum()).isCloseTo(1, within(1e-9));
        assertThat(rfm.segments().stream().mapToDouble(RfmGroup::revenueShare).sum()).isCloseTo(1, within(1e-9));
        RfmGroup champions = group(rfm, RfmSegment.CHAMPIONS);
        RfmGroup lost = group(rfm, RfmSegment.LOST);
        assertThat(champions.medianRecencyDays()).isLessThan(lost.medianRecencyDays());
        assertThat(champions.medianFrequency()).isGreaterThan(lost.medianFrequency());
        assertThat(champions.revenueShare()).isGreaterThan(champions.share());
        // Recency scores: 5 is the most recent, and the ranges do not overlap.
        List<ScoreRange> r = rfm.scores().stream().filter(s -> s.measure().equals("recency days")).toList();
        assertThat(r).extracting(ScoreRange::score).containsExactly(1, 2, 3, 4, 5);
        for (int i = 1; i < r.size(); i++) {
            assertThat(r.get(i).max()).isLessThan(r.get(i - 1).min());
        }
    }

    @Test
    void planted_churners_who_stopped_long_ago_land_in_the_lapsed_segments() {
        SegmentsResult.Rfm rfm = as(SegmentsResult.Rfm.class, tool.run(SegmentsParams.rfm(Scope.all())));
        // Equivalently in SQL: the share of long-gone planted churners with R of 1 or 2.
        double lapsedShare = group(rfm, RfmSegment.LOST).share() + group(rfm, RfmSegment.HIBERNATING).share()
                + group(rfm, RfmSegment.AT_RISK).share() + group(rfm, RfmSegment.CANT_LOSE).share();

        double churnersLastSeenLongAgo = Sql.number(connection, "SELECT avg((DATE '2020-09-22' - last >= 180)::INT) FROM"
                + " (SELECT customer_id, max(t_dat) AS last FROM transactions GROUP BY 1)"
                + " WHERE customer_id IN (SELECT item FROM meta.planted WHERE kind = 'churner')");

        assertThat(rfm.scores()).isNotEmpty();
        assertThat(lapsedShare).isBetween(0.2, 0.8);
        assertThat(churnersLastSeenLongAgo).isGreaterThan(0.5);
    }

    private static RfmGroup group(SegmentsResult.Rfm rfm, RfmSegment s) {
        return rfm.segments().stream().filter(g -> g.segment() == s).findFirst().orElseThrow();
    }

    @Test
    void clusters_are_deterministic_for_a_seed_and_named_after_what_sets_them_apart() {
        SegmentsParams p = SegmentsParams.clusters(Scope.all()).withSample(2_000, 7);

        SegmentsResult.Clusters a = as(SegmentsResult.Clusters.class, tool.run(p));
        SegmentsResult.Clusters b = as(SegmentsResult.Clusters.class, tool.run(p));

        assertThat(a).isEqualTo(b);
        assertThat(a.k()).isBetween(2, 8);
        assertThat(a.silhouettes()).hasSize(7);
        assertThat(a.silhouette()).isEqualTo(a.silhouettes().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow());
        assertThat(a.sampled()).isBetween(1_700, 2_300);
        assertThat(a.population()).isGreaterThan(4_000);
        assertThat(a.clusters().stream().mapToDouble(Cluster::share).sum()).isCloseTo(1, within(1e-9));
        assertThat(a.clusters()).extracting(Cluster::persona).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).endsWith("shoppers")
                .doesNotEndWith(" )"));
        for (Cluster c : a.clusters()) {
            for (Trait t : c.traits()) {
                if ("young".equals(t.words())) {
                    assertThat(c.persona()).contains("oung");
                    assertThat(t.z()).isLessThan(-0.5);
                }
            }
        }
    }

    @Test
    void too_few_customers_to_cluster_is_an_empty_result() {
        Scope oneArticle = Scope.all().with(Dimension.ARTICLE, "0147343002");

        Problem p = as(SegmentsResult.Failed.class, tool.run(SegmentsParams.clusters(oneArticle))).problem();

        assertThat(p.kind()).isEqualTo(Problem.Kind.NO_DATA);
        assertThat(p.message()).contains("clustering needs at least 50");
    }
}
