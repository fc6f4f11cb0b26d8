package com.shopsight.tools.schema;

import com.shopsight.tools.db.DuckDb;
import java.sql.Connection;

/**
 * A small H&M-shaped database written with SQL, with the real data's quirks planted: exact
 * duplicate transactions, -1 codes and 'Unknown' names, FN and Active as 1.0-or-NULL, a postal
 * code bucket, NULL ages, a stray 'None', and a few prices far above the rest.
 */
final class HmFixture {
    private HmFixture() {}

    static void create(Connection conn) {
        DuckDb.execute(conn,
                "CREATE TABLE articles (article_id VARCHAR, product_code INTEGER, prod_name VARCHAR,"
                        + " product_type_no INTEGER, product_type_name VARCHAR, product_group_name VARCHAR,"
                        + " graphical_appearance_no INTEGER, graphical_appearance_name VARCHAR,"
                        + " colour_group_code INTEGER, colour_group_name VARCHAR, perceived_colour_value_id INTEGER,"
                        + " perceived_colour_value_name VARCHAR, perceived_colour_master_id INTEGER,"
                        + " perceived_colour_master_name VARCHAR, department_no INTEGER, department_name VARCHAR,"
                        + " index_code VARCHAR, index_name VARCHAR, index_group_no INTEGER, index_group_name VARCHAR,"
                        + " section_no INTEGER, section_name VARCHAR, garment_group_no INTEGER,"
                        + " garment_group_name VARCHAR, detail_desc VARCHAR)",
                "INSERT INTO articles SELECT lpad(CAST(108775000 + i AS VARCHAR), 10, '0'), 108775 + i // 3,"
                        + " ['Strap top', 'Jade HW Skinny Denim TRS', 'Tilly (1)', 'Box 4p Tights'][1 + i % 4] || ' ' || (i // 4),"
                        + " CASE WHEN i % 97 = 0 THEN -1 ELSE 250 + i % 6 END,"
                        + " CASE WHEN i % 97 = 0 THEN 'Unknown' ELSE ['Trousers', 'Dress', 'Sweater', 'T-shirt', 'Bikini top', 'Swimwear bottom'][1 + i % 6] END,"
                        + " ['Garment Lower body', 'Garment Full body', 'Garment Upper body', 'Garment Upper body', 'Swimwear', 'Swimwear'][1 + i % 6],"
                        + " 1010016, 'Solid', 9 + i % 3, ['Black', 'White', 'Dark Blue'][1 + i % 3],"
                        + " 4, 'Dark', 5, 'Black', 1676 + i % 7, 'Dept ' || (i % 7), ['A', 'B', 'F'][1 + i % 3],"
                        + " ['Ladieswear', 'Lingeries/Tights', 'Divided'][1 + i % 3], [1, 1, 2][1 + i % 3],"
                        + " ['Ladieswear', 'Ladieswear', 'Divided'][1 + i % 3], 16 + i % 5,"
                        + " ['Womens Everyday Collection', 'Divided Collection', 'Womens Lingerie', 'Womens Swimwear, beachwear', 'Kids Girl'][1 + i % 5],"
                        + " 1002 + i % 4, ['Jersey Basic', 'Trousers', 'Knitwear', 'Swimwear'][1 + i % 4],"
                        + " CASE WHEN i % 50 = 7 THEN NULL ELSE 'Soft jersey piece number ' || i || ' with a relaxed fit and a round neck.' END"
                        + " FROM range(300) r(i)",
                "CREATE TABLE customers (customer_id VARCHAR, FN DOUBLE, Active DOUBLE, club_member_status VARCHAR,"
                        + " fashion_news_frequency VARCHAR, age INTEGER, postal_code VARCHAR)",
                "INSERT INTO customers SELECT sha256('c' || i), CASE WHEN i % 3 = 0 THEN 1.0 END,"
                        + " CASE WHEN i % 3 = 0 OR i % 7 = 0 THEN 1.0 END,"
                        + " CASE WHEN i % 40 = 1 THEN NULL WHEN i % 15 = 0 THEN 'PRE-CREATE' WHEN i = 499 THEN 'LEFT CLUB' ELSE 'ACTIVE' END,"
                        + " CASE WHEN i = 13 THEN 'None' WHEN i % 3 = 0 THEN 'Regularly' WHEN i % 41 = 0 THEN 'Monthly' ELSE 'NONE' END,"
                        + " CASE WHEN i % 50 = 0 THEN NULL ELSE 16 + (i * 37) % 70 END,"
                        + " CASE WHEN i % 10 = 0 THEN sha256('bucket') ELSE sha256('p' || i) END"
                        + " FROM range(500) r(i)",
                "CREATE TABLE transactions (t_dat DATE, customer_id VARCHAR, article_id VARCHAR, price DOUBLE,"
                        + " sales_channel_id INTEGER)",
                "INSERT INTO transactions SELECT DATE '2018-09-20' + CAST(i % 734 AS INTEGER), sha256('c' || ((i * 7) % 500)),"
                        + " lpad(CAST(108775000 + (i * 13) % 300 AS VARCHAR), 10, '0'),"
                        + " CASE WHEN i % 1000 = 3 THEN 0.5915 ELSE 0.0102 + (i % 50) / 1000.0 END,"
                        + " CASE WHEN i % 10 < 3 THEN 1 ELSE 2 END FROM range(5000) r(i)",
                "INSERT INTO transactions SELECT * FROM transactions ORDER BY ALL LIMIT 300",
                "CREATE SCHEMA meta",
                "CREATE TABLE meta.dataset (key VARCHAR, value VARCHAR)");
    }
}
