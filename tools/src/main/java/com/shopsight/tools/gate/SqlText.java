package com.shopsight.tools.gate;

import java.util.Locale;

/**
 * A lexical scan of submitted SQL: where the statement's last token ends, how deeply its
 * parentheses nest, whether a second statement follows a semicolon, and its first keyword.
 * It follows DuckDB's lexer (Postgres rules: nested block comments, '' and E'\'' strings,
 * "" identifiers, $tag$ strings) closely enough to trim trailing junk; DuckDB's parser stays
 * the authority on meaning, and any text this trimming produced is parsed again before it runs.
 *
 * @param body the SQL without trailing whitespace, comments and semicolons
 * @param trimmedMoreThanSpace whether comments or semicolons were trimmed off the end
 * @param depth the deepest nesting of parentheses outside strings and comments
 * @param secondStatementAt where a statement after a top-level semicolon starts, or -1
 * @param firstWord the first keyword, upper case ("SELECT", "DROP"), or "" when there is none
 */
record SqlText(String body, boolean trimmedMoreThanSpace, int depth, int secondStatementAt, String firstWord) {

    static SqlText scan(String sql) {
        int n = sql.length();
        int lastTokenEnd = 0;
        int depth = 0;
        int maxDepth = 0;
        boolean afterSemicolon = false;
        int secondStatementAt = -1;
        String firstWord = null;
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            int tokenStart = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                i = lineEnd(sql, i);
                continue;
            }
            if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = blockCommentEnd(sql, i);
                continue;
            }
            if (c == ';') {
                afterSemicolon = true;
                i++;
                continue;
            }
            if (afterSemicolon && secondStatementAt < 0) {
                secondStatementAt = i;
            }
            if (c == '\'') {
                i = quotedEnd(sql, i, '\'', escapesBackslash(sql, i));
            } else if (c == '"') {
                i = quotedEnd(sql, i, '"', false);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                i = dollarQuotedEnd(sql, i, dollarTag(sql, i));
            } else if (c == '(') {
                depth++;
                maxDepth = Math.max(maxDepth, depth);
                i++;
            } else if (c == ')') {
                depth--;
                i++;
            } else if (isWordChar(c)) {
                while (i < n && isWordChar(sql.charAt(i))) {
                    i++;
                }
                if (firstWord == null && Character.isLetter(c)) {
                    firstWord = sql.substring(tokenStart, i).toUpperCase(Locale.ROOT);
                }
            } else {
                i++;
            }
            lastTokenEnd = Math.max(lastTokenEnd, Math.min(i, n));
        }
        String body = sql.substring(0, lastTokenEnd);
        boolean trimmedMoreThanSpace = !sql.substring(lastTokenEnd).isBlank();
        return new SqlText(body, trimmedMoreThanSpace, maxDepth, secondStatementAt, firstWord == null ? "" : firstWord);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int lineEnd(String sql, int i) {
        int nl = sql.indexOf('\n', i);
        return nl < 0 ? sql.length() : nl + 1;
    }

    /** Block comments nest in DuckDB, as in Postgres. An unterminated one runs to the end. */
    private static int blockCommentEnd(String sql, int start) {
        int level = 0;
        int i = start;
        while (i + 1 < sql.length()) {
            if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
                level++;
                i += 2;
            } else if (sql.charAt(i) == '*' && sql.charAt(i + 1) == '/') {
                level--;
                i += 2;
                if (level == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** E'...' strings take backslash escapes; the E must start a token of its own. */
    private static boolean escapesBackslash(String sql, int quote) {
        if (quote == 0) {
            return false;
        }
        char prefix = sql.charAt(quote - 1);
        return (prefix == 'E' || prefix == 'e') && (quote < 2 || !isWordChar(sql.charAt(quote - 2)));
    }

    /** The index after the closing quote; a doubled quote is part of the text. */
    private static int quotedEnd(String sql, int start, char quote, boolean backslash) {
        int i = start + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslash && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** The "$tag$" opening a dollar-quoted string at {@code i}, or null ($1 is a parameter). */
    private static String dollarTag(String sql, int i) {
        if (i > 0 && isWordChar(sql.charAt(i - 1))) {
            return null;
        }
        int j = i + 1;
        if (j < sql.length() && Character.isDigit(sql.charAt(j))) {
            return null;
        }
        while (j < sql.length() && isWordChar(sql.charAt(j))) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }

    private static int dollarQuotedEnd(String sql, int start, String tag) {
        int close = sql.indexOf(tag, start + tag.length());
        return close < 0 ? sql.length() : close + tag.length();
    }
}
