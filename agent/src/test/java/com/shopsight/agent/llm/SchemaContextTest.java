package com.shopsight.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.tools.schema.ColumnDoc;
import com.shopsight.tools.schema.ColumnRole;
import com.shopsight.tools.schema.MeaningSource;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.SchemaDocJson;
import com.shopsight.tools.schema.TableDoc;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema part of the prompt: the H&M doc whole; a generated wide schema (60 tables, one of
 * them 400 columns wide) cut to what the question needs with the in-process bge-small model.
 */
class SchemaContextTest {
    static final List<String> SUBJECTS = List.of("loyalty_points", "store_inventory", "supplier_contracts",
            "warehouse_shipments", "marketing_campaigns", "employee_shifts", "product_reviews", "customer_returns",
            "card_payments", "home_deliveries", "gift_cards", "price_markdowns");
    static final List<String> FACETS = List.of("events", "daily_totals", "targets", "audits", "forecasts");
    static Embedder bge;

    @BeforeAll
    static void load() {
        bge = Embedder.bgeSmall();
    }

    @Test
    void the_hm_doc_fits_and_goes_in_whole() throws IOException {
        SchemaDoc hm = SchemaDocJson.read(Files.readString(LlmFixture.ROOT.resolve("schema-docs/hm.json")));
        SchemaContext context = new SchemaContext(hm, 8_000, () -> {
            throw new AssertionError("no embeddings for a doc that fits");
        });
        assertThat(context.fitsWhole()).isTrue();
        assertThat(context.forQuestion("anything")).contains("### articles", "### customers", "### transactions");
    }

    @Test
    void a_wide_schema_is_cut_to_the_tables_nearest_the_question() {
        SchemaDoc wide = wide();
        SchemaContext context = new SchemaContext(wide, 1_500, () -> bge);
        assertThat(context.fitsWhole()).isFalse();

        String prompt = context.forQuestion("How many loyalty points did members redeem each day last month?");

        assertThat(prompt.length()).isLessThanOrEqualTo(1_500 * 4);
        assertThat(prompt).contains("Every table: ").contains("describe_schema");
        wide.tables().forEach(t -> assertThat(prompt).contains(t.name()));
        int firstTable = prompt.indexOf("\n### ");
        assertThat(prompt.substring(firstTable, prompt.indexOf('\n', firstTable + 1))).contains("loyalty_points");
        assertThat(prompt).contains("| points_redeemed |");
        assertThat(prompt).doesNotContain("| shift_minutes |");
    }

    @Test
    void a_table_too_wide_to_show_keeps_the_columns_nearest_the_question() {
        SchemaContext context = new SchemaContext(wide(), 1_500, () -> bge);

        String prompt = context.forQuestion("what is the favourite colour of our customers?");

        assertThat(prompt).contains("### customer_profiles", "| favourite_colour |", "| customer_id |", "Showing ");
        assertThat(prompt.length()).isLessThanOrEqualTo(1_500 * 4);
    }

    static SchemaDoc wide() {
        List<TableDoc> tables = new ArrayList<>();
        for (String subject : SUBJECTS) {
            for (String facet : FACETS) {
                String words = subject.replace('_', ' ');
                List<ColumnDoc> columns = new ArrayList<>(List.of(column("id", "Row id."), column("day", "The day."),
                        column("store_id", "The store.")));
                if (subject.equals("loyalty_points")) {
                    columns.add(column("points_redeemed", "Loyalty points members redeemed for rewards."));
                    columns.add(column("points_earned", "Loyalty points members earned with purchases."));
                }
                if (subject.equals("employee_shifts")) {
                    columns.add(column("shift_minutes", "Minutes an employee worked in the shift."));
                }
                for (int k = 0; k < 15; k++) {
                    columns.add(column("measure_" + k, "Measure " + k + " of the " + words + " " + facet.replace('_', ' ') + "."));
                }
                tables.add(table(subject + "_" + facet, "One row per " + words + " " + facet.replace('_', ' ') + ".", columns));
            }
        }
        List<ColumnDoc> profile = new ArrayList<>(List.of(column("customer_id", "The customer.")));
        for (int k = 0; k < 398; k++) {
            profile.add(column("attribute_" + k, "Profile attribute number " + k + " of a customer, an internal score."));
        }
        profile.add(200, column("favourite_colour", "The colour the customer likes best, from the style quiz."));
        tables.add(table("customer_profiles", "One row per customer: their profile.", profile));
        return new SchemaDoc(SchemaDoc.FORMAT_VERSION, "wide", "A generated wide retail database.", null, tables, List.of(),
                List.of(), List.of(), List.of(), List.of(), null);
    }

    private static TableDoc table(String name, String meaning, List<ColumnDoc> columns) {
        return new TableDoc(name, "table", meaning, MeaningSource.INFERRED, List.of(), 1000, List.of(columns.get(0).name()),
                columns);
    }

    private static ColumnDoc column(String name, String meaning) {
        return new ColumnDoc(name, "BIGINT", ColumnRole.NUMBER, meaning, MeaningSource.INFERRED, null, List.of(), Map.of(), 0, 0,
                100, "0", "99", null, null, List.of(), null, List.of());
    }
}
