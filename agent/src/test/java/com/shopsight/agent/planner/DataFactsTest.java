package com.shopsight.agent.planner;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopsight.agent.SchemaDocs;
import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.progress.Progress;
import com.shopsight.tools.schema.SchemaDoc;
import com.shopsight.tools.schema.SchemaLearner;
import com.shopsight.tools.testing.TinyDataset;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Where the planner's values come from: the learned schema doc of this database, else the database. */
class DataFactsTest {
    @RegisterExtension
    static final PlannerFixture fixture = new PlannerFixture();

    @Test
    void takes_values_from_a_schema_doc_learned_from_this_database() throws SQLException {
        SchemaDoc tiny;
        try (Connection c = DuckDb.openReadOnly(TinyDataset.path())) {
            tiny = new SchemaLearner().learn(c, "hm", Progress.NONE);
        }
        DataFacts fromDoc = DataFacts.read(fixture.gate, fixture.model, Optional.of(tiny));
        DataFacts fromDb = DataFacts.read(fixture.gate, fixture.model, Optional.empty());
        assertThat(fromDoc.fromSchemaDoc()).isTrue();
        assertThat(fromDb.fromSchemaDoc()).isFalse();
        for (String dimension : fromDb.values().byDimension().keySet()) {
            assertThat(fromDoc.values().of(dimension)).as(dimension).containsExactlyInAnyOrderElementsOf(fromDb.values().of(dimension));
        }
        assertThat(fromDb.values().of("product_type")).contains("Trousers", "Sweater");
        assertThat(fromDb.values().of("product")).isNotEmpty();
        assertThat(fromDb.calendar()).isEqualTo(new DataCalendar(LocalDate.of(2018, 9, 20), LocalDate.of(2020, 9, 22)));
    }

    @Test
    void reads_the_database_when_the_schema_doc_describes_another_one() {
        // The committed hm.json was learned from the small scale, not from tiny.
        Optional<SchemaDoc> small = SchemaDocs.hm(PlannerFixture.MODEL.getParent()).schemaDoc();
        assertThat(small).isPresent();
        assertThat(DataFacts.read(fixture.gate, fixture.model, small).fromSchemaDoc()).isFalse();
    }
}
