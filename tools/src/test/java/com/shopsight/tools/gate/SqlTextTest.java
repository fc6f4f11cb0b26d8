package com.shopsight.tools.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SqlTextTest {
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "SELECT 1|SELECT 1",
        "SELECT 1;|SELECT 1",
        "`SELECT 1 ;  \n`|SELECT 1",
        "SELECT 1; -- the end|SELECT 1",
        "`SELECT 1 /* a /* nested */ comment */ ;`|SELECT 1",
        "SELECT ';'|SELECT ';'",
        "SELECT 'it''s; fine'|SELECT 'it''s; fine'",
        "SELECT E'\\'; x'|SELECT E'\\'; x'",
        "SELECT $$a;b$$;|SELECT $$a;b$$",
        "SELECT $tag$ -- no $tag$|SELECT $tag$ -- no $tag$",
        "SELECT \"a;--\" FROM t|SELECT \"a;--\" FROM t",
        "SELECT 5 //* c */ 2|SELECT 5 //* c */ 2",
    })
    void trims_only_trailing_whitespace_comments_and_semicolons(String sql, String body) {
        assertThat(SqlText.scan(sql).body()).isEqualTo(body);
    }

    @Test
    void notices_when_it_trimmed_more_than_whitespace() {
        assertThat(SqlText.scan("SELECT 1  \n").trimmedMoreThanSpace()).isFalse();
        assertThat(SqlText.scan("SELECT 1;").trimmedMoreThanSpace()).isTrue();
        assertThat(SqlText.scan("SELECT 1 -- x").trimmedMoreThanSpace()).isTrue();
    }

    @Test
    void finds_a_second_statement_but_not_one_in_a_string_or_comment() {
        assertThat(SqlText.scan("SELECT 1; DROP TABLE t").secondStatementAt()).isEqualTo(10);
        assertThat(SqlText.scan("SELECT ';' /* ; x */ -- ;y\n").secondStatementAt()).isEqualTo(-1);
        assertThat(SqlText.scan("SELECT 1;;  ").secondStatementAt()).isEqualTo(-1);
    }

    @Test
    void measures_parenthesis_depth_outside_strings() {
        assertThat(SqlText.scan("SELECT ((1)) + (2)").depth()).isEqualTo(2);
        assertThat(SqlText.scan("SELECT '((((('").depth()).isZero();
    }

    @Test
    void reads_the_first_keyword_past_comments_and_parentheses() {
        assertThat(SqlText.scan("/* x */ -- y\n  drop table t").firstWord()).isEqualTo("DROP");
        assertThat(SqlText.scan("(SELECT 1)").firstWord()).isEqualTo("SELECT");
        assertThat(SqlText.scan("  ").firstWord()).isEmpty();
    }
}
