package com.shopsight.tools.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The three H&M tables with the column names and order of the Kaggle files. article_id
 * stays a 10-digit zero-padded string, as distributed ("0108775015"), so ids read the same
 * in answers as in H&M's own files; FN and Active stay 1.0-or-empty doubles, as distributed.
 */
public final class HmTables {
    private HmTables() {}

    /** A column of an H&M table, with the DuckDB type ShopSight stores it as. */
    public record Column(String name, String type) {}

    /** An H&M table and the file it is distributed as. */
    public record Table(String name, String file, List<Column> columns) {
        public Table {
            columns = List.copyOf(columns);
        }

        /** The CREATE TABLE statement for this table (optionally in another schema). */
        public String createSql(String qualifiedName) {
            return "CREATE TABLE " + qualifiedName + " ("
                    + columns.stream().map(c -> "\"" + c.name() + "\" " + c.type()).collect(Collectors.joining(", "))
                    + ")";
        }

        public List<String> columnNames() {
            return columns.stream().map(Column::name).toList();
        }
    }

    public static final Table ARTICLES = new Table("articles", "articles", List.of(
            new Column("article_id", "VARCHAR"),
            new Column("product_code", "INTEGER"),
            new Column("prod_name", "VARCHAR"),
            new Column("product_type_no", "INTEGER"),
            new Column("product_type_name", "VARCHAR"),
            new Column("product_group_name", "VARCHAR"),
            new Column("graphical_appearance_no", "INTEGER"),
            new Column("graphical_appearance_name", "VARCHAR"),
            new Column("colour_group_code", "INTEGER"),
            new Column("colour_group_name", "VARCHAR"),
            new Column("perceived_colour_value_id", "INTEGER"),
            new Column("perceived_colour_value_name", "VARCHAR"),
            new Column("perceived_colour_master_id", "INTEGER"),
            new Column("perceived_colour_master_name", "VARCHAR"),
            new Column("department_no", "INTEGER"),
            new Column("department_name", "VARCHAR"),
            new Column("index_code", "VARCHAR"),
            new Column("index_name", "VARCHAR"),
            new Column("index_group_no", "INTEGER"),
            new Column("index_group_name", "VARCHAR"),
            new Column("section_no", "INTEGER"),
            new Column("section_name", "VARCHAR"),
            new Column("garment_group_no", "INTEGER"),
            new Column("garment_group_name", "VARCHAR"),
            new Column("detail_desc", "VARCHAR")));

    public static final Table CUSTOMERS = new Table("customers", "customers", List.of(
            new Column("customer_id", "VARCHAR"),
            new Column("FN", "DOUBLE"),
            new Column("Active", "DOUBLE"),
            new Column("club_member_status", "VARCHAR"),
            new Column("fashion_news_frequency", "VARCHAR"),
            new Column("age", "INTEGER"),
            new Column("postal_code", "VARCHAR")));

    public static final Table TRANSACTIONS = new Table("transactions", "transactions_train", List.of(
            new Column("t_dat", "DATE"),
            new Column("customer_id", "VARCHAR"),
            new Column("article_id", "VARCHAR"),
            new Column("price", "DOUBLE"),
            new Column("sales_channel_id", "INTEGER")));

    /** All three, in load order (the transactions reference the other two). */
    public static final List<Table> ALL = List.of(ARTICLES, CUSTOMERS, TRANSACTIONS);

    /** The first and last day of the real data; every synthetic scale covers exactly these. */
    public static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(2018, 9, 20);
    public static final java.time.LocalDate LAST_DAY = java.time.LocalDate.of(2020, 9, 22);
}
