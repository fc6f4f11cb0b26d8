package com.shopsight.tools.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The articles search matches against, read once through the gate, with each article's units
 * sold (to prefer the articles people actually buy when two match equally well). Repeated
 * texts (a type, a colour, a description shared by a product's colour variants) are held once.
 */
final class ArticleCatalogue {
    /** The catalogue query; {@code units} is COUNT(*) of transaction rows, as everywhere. */
    static final String SQL = "SELECT a.article_id, a.product_code, a.prod_name, a.product_type_name, a.product_group_name,"
            + " a.colour_group_name, a.perceived_colour_master_name, a.graphical_appearance_name, a.section_name,"
            + " a.department_name, a.index_group_name, a.garment_group_name, a.detail_desc, coalesce(s.units, 0) AS units"
            + " FROM articles AS a LEFT JOIN (SELECT article_id, count(*) AS units FROM transactions GROUP BY article_id) AS s"
            + " ON s.article_id = a.article_id ORDER BY a.article_id";

    final int size;
    final String[] id;
    final String[] productCode;
    final String[] name;
    final String[] type;
    final String[] group;
    final String[] colour;
    final String[] colourMaster;
    final String[] appearance;
    final String[] section;
    final String[] department;
    final String[] indexGroup;
    final String[] garmentGroup;
    final String[] description;
    final long[] units;

    private ArticleCatalogue(int n) {
        size = n;
        id = new String[n];
        productCode = new String[n];
        name = new String[n];
        type = new String[n];
        group = new String[n];
        colour = new String[n];
        colourMaster = new String[n];
        appearance = new String[n];
        section = new String[n];
        department = new String[n];
        indexGroup = new String[n];
        garmentGroup = new String[n];
        description = new String[n];
        units = new long[n];
    }

    /** The catalogue from the rows of {@link #SQL}. */
    static ArticleCatalogue from(List<List<Object>> rows) {
        ArticleCatalogue c = new ArticleCatalogue(rows.size());
        Map<String, String> shared = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Object> r = rows.get(i);
            c.id[i] = text(r.get(0), null);
            c.productCode[i] = text(r.get(1), shared);
            c.name[i] = text(r.get(2), shared);
            c.type[i] = text(r.get(3), shared);
            c.group[i] = text(r.get(4), shared);
            c.colour[i] = text(r.get(5), shared);
            c.colourMaster[i] = text(r.get(6), shared);
            c.appearance[i] = text(r.get(7), shared);
            c.section[i] = text(r.get(8), shared);
            c.department[i] = text(r.get(9), shared);
            c.indexGroup[i] = text(r.get(10), shared);
            c.garmentGroup[i] = text(r.get(11), shared);
            c.description[i] = text(r.get(12), shared);
            c.units[i] = r.get(13) == null ? 0 : ((Number) r.get(13)).longValue();
        }
        return c;
    }

    private static String text(Object value, Map<String, String> shared) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return shared == null ? s : shared.computeIfAbsent(s, k -> k);
    }
}
