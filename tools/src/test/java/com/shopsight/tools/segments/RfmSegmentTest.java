package com.shopsight.tools.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopsight.tools.db.DuckDb;
import com.shopsight.tools.testing.Sql;
import java.sql.Connection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RfmSegmentTest {
    @Test
    void every_cell_of_the_grid_has_a_segment_and_every_segment_a_cell() {
        Set<RfmSegment> seen = EnumSet.noneOf(RfmSegment.class);
        for (int r = 1; r <= 5; r++) {
            for (int fm = 1; fm <= 5; fm++) {
                seen.add(RfmSegment.of(r, fm));
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(RfmSegment.values());
        assertThat(RfmSegment.of(5, 5)).isEqualTo(RfmSegment.CHAMPIONS);
        assertThat(RfmSegment.of(1, 1)).isEqualTo(RfmSegment.LOST);
        assertThat(RfmSegment.of(1, 5)).isEqualTo(RfmSegment.CANT_LOSE);
        assertThat(RfmSegment.of(5, 1)).isEqualTo(RfmSegment.NEW);
    }

    @Test
    void rules_read_as_the_grid() {
        assertThat(RfmSegment.CHAMPIONS.rule()).isEqualTo("R 5 and FM 4-5, or R 4 and FM 5");
        assertThat(RfmSegment.LOST.rule()).isEqualTo("R 1 and FM 1-2");
    }

    @Test
    void the_sql_case_names_every_cell_as_the_java_grid_does() throws Exception {
        try (Connection c = DuckDb.openInMemory()) {
            List<List<Object>> rows = Sql.rows(c, "SELECT r, fm, " + RfmSegment.caseSql("r", "fm")
                    + " FROM range(1, 6) a(r), range(1, 6) b(fm)");
            assertThat(rows).hasSize(25);
            for (List<Object> row : rows) {
                int r = ((Number) row.get(0)).intValue();
                int fm = ((Number) row.get(1)).intValue();
                assertThat(row.get(2)).as("R %d FM %d", r, fm).isEqualTo(RfmSegment.of(r, fm).label());
            }
        }
    }

    @Test
    void scores_outside_1_to_5_are_refused() {
        assertThatThrownBy(() -> RfmSegment.of(0, 3)).hasMessageContaining("not R 0, FM 3");
    }
}
