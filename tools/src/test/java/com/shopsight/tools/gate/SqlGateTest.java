package com.shopsight.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SqlGateTest {
    private static SqlGate gate;

    @BeforeAll
    static void open() {
        Path db = HmFixture.database();
        gate = SqlGate.open(db, GateConfig.forDatabase(db).withAuditLog(null, 1024));
    }

    @AfterAll
    static void close() {
        gate.close();
    }

    @Test
    void smoke() {
        System.out.println(gate.run("SELECT product_type_name, count(*) AS n FROM transactions JOIN articles USING (article_id) GROUP BY ALL ORDER BY n DESC LIMIT 5"));
        System.out.println(gate.run("SELECT prod_type FROM articles"));
        System.out.println(gate.run("SELECT * FROM read_csv('/etc/passwd')"));
        System.out.println(gate.check("FROM articles SELECT prod_name USING SAMPLE 5 ROWS"));
        System.out.println(gate.run("SELECT * FROM customers LIMIT 2"));
        assertThat(gate.run("SELECT 1")).isInstanceOf(Rows.class);
    }
}
