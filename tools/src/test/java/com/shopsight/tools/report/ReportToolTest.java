package com.shopsight.tools.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.tools.chart.VegaLiteSchema;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.gate.GateConfig;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.testing.Sql;
import com.shopsight.tools.testing.TinyDataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product report on the tiny dataset: a planted lifecycle product's stages, what sells with bikini tops, failures. */
class ReportToolTest {
    @TempDir
    static Path folder;

    private static SqlGate gate;
    private static ReportTool tool;
    /** The best-selling planted lifecycle article, and its planted launch, peak and end. */
    private static String planted;
    private static LocalDate launch;
    private static LocalDate peak;
    private static LocalDate end;

    @BeforeAll
    static void open() throws Exception {
        Path db = TinyDataset.copyTo(folder);
        gate = SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(null, 1024));
        tool = new ReportTool(gate);
        // The ground truth lives in a schema the gate hides; the test reads it directly.
        try (Connection c = DuckDb.openReadOnly(TinyDataset.path())) {
            List<Object> row = Sql.rows(c, "SELECT p.item, p.detail FROM meta.planted p JOIN transactions t ON t.article_id = p.item"
                    + " WHERE p.kind = 'lifecycle' GROUP BY ALL ORDER BY count(*) DESC, 1 LIMIT 1").get(0);
            planted = (String) row.get(0);
            Matcher m = Pattern.compile("launch (\\S+), peak about (\\S+), over by (\\S+)").matcher((String) row.get(1));
            assertThat(m.find()).isTrue();
            launch = LocalDate.parse(m.group(1));
            peak = LocalDate.parse(m.group(2));
            end = LocalDate.parse(m.group(3));
        }
    }

    @AfterAll
    static void close() {
        gate.close();
    }

    static ReportResult.ProductReport report(ReportParams p) {
        ReportResult r = tool.run(p);
        assertThat(r).as(r.toString()).isInstanceOf(ReportResult.ProductReport.class);
        return (ReportResult.ProductReport) r;
    }

    @Test
    void a_planted_lifecycle_product_is_in_decline_after_its_end() {
        ReportResult.ProductReport r = report(ReportParams.of(new ReportSubject.Article(planted)));
        assertThat(end).isBefore(r.asOf());
        assertThat(r.lifecycle().stage()).isEqualTo(LifecycleStage.DECLINE);
        assertThat(r.lifecycle().rule()).isEqualTo(Lifecycle.RULE);
        assertThat(r.recommendations()).anyMatch(x -> x.section().equals("lifecycle") && x.action().startsWith("Plan its exit"));
    }

    @Test
    void a_planted_lifecycle_product_goes_through_every_stage_as_of_the_days_of_its_life() {
        ReportSubject subject = new ReportSubject.Article(planted);
        assertThat(report(ReportParams.of(subject).asOf(launch.plusDays(20))).lifecycle().stage())
                .isEqualTo(LifecycleStage.INTRODUCTION);
        assertThat(report(ReportParams.of(subject).asOf(launch.plusDays(60))).lifecycle().stage())
                .isEqualTo(LifecycleStage.GROWTH);
        assertThat(report(ReportParams.of(subject).asOf(peak.plusDays(21))).lifecycle().stage())
                .isEqualTo(LifecycleStage.MATURITY);
        assertThat(report(ReportParams.of(subject).asOf(end.minusDays(30))).lifecycle().stage())
                .isEqualTo(LifecycleStage.DECLINE);
    }

    @Test
    void a_product_type_report_has_every_section_and_bikini_tops_sell_with_swimwear_bottoms() throws Exception {
        ReportResult.ProductReport r = report(ReportParams.of(new ReportSubject.ProductType("bikini top")));
        assertThat(r.subject()).isEqualTo("product type Bikini top");
        assertThat(r.forecast().forecast()).hasSize(4);
        assertThat(r.forecast().history()).isNotEmpty();
        assertThat(r.buyers().highlights()).isNotNull();
        assertThat(r.channels().onlineShare() + r.channels().storeShare()).isEqualTo(1.0);
        assertThat(r.loyalty().repeatRate()).isBetween(0.0, 1.0);
        assertThat(r.priceTrend().months()).isNotEmpty();
        assertThat(r.lifecycle().stage()).isNotNull();
        assertThat(r.sellsWith().rules().get(0).consequent()).containsExactly("Swimwear bottom");
        assertThat(r.recommendations()).anyMatch(x -> x.action().startsWith("Cross-sell it with Swimwear bottom"));
        assertThat(r.sql()).hasSizeGreaterThan(5);
        assertThat(VegaLiteSchema.problems(r.chart())).isEmpty();
        JsonNode json = new ObjectMapper().registerModule(new JavaTimeModule()).valueToTree(r);
        assertThat(json.path("status").asText()).isEqualTo("report");
        assertThat(json.at("/lifecycle/stage").asText()).isIn("introduction", "growth", "maturity", "decline");
    }

    @Test
    void every_recommendation_quotes_a_figure_of_the_report() {
        for (ReportSubject s : List.of(new ReportSubject.ProductType("Trousers"), new ReportSubject.Article(planted))) {
            ReportResult.ProductReport r = report(ReportParams.of(s));
            assertThat(r.recommendations()).isNotEmpty().allSatisfy(x -> {
                assertThat(x.because()).matches(".*\\d.*");
                assertThat(x.section()).isIn("lifecycle", "forecast", "channels", "loyalty", "buyers", "sells with", "price trend");
            });
        }
    }

    @Test
    void an_unknown_product_type_fails_with_the_closest_ones() {
        ReportResult r = tool.run(ReportParams.of(new ReportSubject.ProductType("Bikini tops")));
        Problem p = ((ReportResult.Failed) r).problem();
        assertThat(p.kind()).isEqualTo(Problem.Kind.UNKNOWN_VALUE);
        assertThat(p.message()).isEqualTo("No product type 'Bikini tops'.");
        assertThat(p.hint()).contains("Bikini top");
    }

    @Test
    void a_day_before_the_first_sale_has_no_report() {
        ReportResult r = tool.run(ReportParams.of(new ReportSubject.Article(planted)).asOf(launch.minusDays(30)));
        assertThat(((ReportResult.Failed) r).problem().kind()).isEqualTo(Problem.Kind.NO_DATA);
    }
}
