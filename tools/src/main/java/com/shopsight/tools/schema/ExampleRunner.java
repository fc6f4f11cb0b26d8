package com.shopsight.tools.schema;

import com.shopsight.tools.schema.SchemaDoc.ExampleQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs each example question's SQL, so the doc never shows SQL that does not run. */
final class ExampleRunner {
    private ExampleRunner() {}

    static List<ExampleQuery> run(Connection conn, List<SchemaDictionary.Example> examples) {
        List<ExampleQuery> ran = new ArrayList<>();
        for (SchemaDictionary.Example e : examples) {
            String sql = e.sql().strip();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    columns.add(md.getColumnLabel(i));
                }
                long rows = 0;
                while (rs.next()) {
                    rows++;
                }
                ran.add(new ExampleQuery(e.question(), sql, rows, columns));
            } catch (SQLException ex) {
                throw new SchemaLearningException("The example question \"" + e.question() + "\" failed, so the"
                        + " schema doc would show SQL that does not run: " + ex.getMessage() + "\nSQL:\n" + sql, ex);
            }
        }
        return ran;
    }
}
