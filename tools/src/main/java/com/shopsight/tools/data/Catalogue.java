package com.shopsight.tools.data;

import com.shopsight.tools.ShopSightException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The H&M vocabulary the generator draws from: product types, sections, indexes, colours,
 * graphical appearances, garment groups and words for names and descriptions, kept as
 * '|'-separated resource files and loaded into temporary DuckDB tables named cat_*.
 */
final class Catalogue {
    /** A resource file and the typed columns of the temp table it becomes. */
    private record Source(String file, String table, List<String> columns) {}

    private static final List<Source> SOURCES = List.of(
            new Source("product_types.psv", "cat_types", List.of(
                    "product_type_no INTEGER", "product_type_name VARCHAR", "product_group_name VARCHAR",
                    "garment_group_name VARCHAR", "families VARCHAR", "season VARCHAR", "age_skew VARCHAR",
                    "retail_price DOUBLE", "catalogue_weight DOUBLE", "sales_weight DOUBLE", "name_words VARCHAR")),
            new Source("sections.psv", "cat_sections", List.of(
                    "section_no INTEGER", "section_name VARCHAR", "index_code VARCHAR", "families VARCHAR",
                    "price_factor DOUBLE", "department_prefix VARCHAR", "catalogue_weight DOUBLE")),
            new Source("indexes.psv", "cat_indexes", List.of(
                    "index_code VARCHAR", "index_name VARCHAR", "index_group_no INTEGER",
                    "index_group_name VARCHAR", "sales_share DOUBLE")),
            new Source("colours.psv", "cat_colours", List.of(
                    "colour_group_code INTEGER", "colour_group_name VARCHAR", "perceived_colour_value_id INTEGER",
                    "perceived_colour_value_name VARCHAR", "perceived_colour_master_id INTEGER",
                    "perceived_colour_master_name VARCHAR", "catalogue_weight DOUBLE", "sales_weight DOUBLE",
                    "young_factor DOUBLE", "old_factor DOUBLE")),
            new Source("appearances.psv", "cat_appearances", List.of(
                    "graphical_appearance_no INTEGER", "graphical_appearance_name VARCHAR", "catalogue_weight DOUBLE")),
            new Source("garment_groups.psv", "cat_garment_groups", List.of(
                    "garment_group_no INTEGER", "garment_group_name VARCHAR")),
            new Source("words.psv", "cat_words", List.of("kind VARCHAR", "family VARCHAR", "words VARCHAR")));

    private Catalogue() {}

    /** Creates and fills the cat_* temporary tables on {@code conn}. */
    static void load(Connection conn) {
        for (Source source : SOURCES) {
            List<String[]> rows = read(source.file(), source.columns().size());
            String ddl = "CREATE OR REPLACE TEMP TABLE " + source.table() + " (" + String.join(", ", source.columns()) + ")";
            String insert = "INSERT INTO " + source.table() + " VALUES ("
                    + String.join(", ", Collections.nCopies(source.columns().size(), "?")) + ")";
            try (var st = conn.createStatement()) {
                st.execute(ddl);
            } catch (SQLException e) {
                throw new ShopSightException("Cannot create catalogue table " + source.table() + ": " + e.getMessage(), e);
            }
            try (PreparedStatement ps = conn.prepareStatement(insert)) {
                for (String[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        ps.setObject(i + 1, convert(row[i], source.columns().get(i)));
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new ShopSightException("Cannot load catalogue " + source.file() + ": " + e.getMessage(), e);
            }
        }
    }

    private static Object convert(String text, String column) {
        if (column.endsWith("INTEGER")) {
            return Integer.parseInt(text);
        }
        if (column.endsWith("DOUBLE")) {
            return Double.parseDouble(text);
        }
        return text;
    }

    private static List<String[]> read(String file, int width) {
        String path = "catalogue/" + file;
        try (InputStream in = Catalogue.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new ShopSightException("Missing catalogue resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length != width) {
                    throw new ShopSightException(path + ": expected " + width + " fields, got " + cells.length + " in: " + line);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new ShopSightException("Cannot read catalogue resource " + path + ": " + e.getMessage(), e);
        }
    }
}
