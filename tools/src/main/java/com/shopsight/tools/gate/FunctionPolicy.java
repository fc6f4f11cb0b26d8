package com.shopsight.tools.gate;

import com.shopsight.tools.ShopSightException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.Collections;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The function allow-lists (resource {@code functions.txt}): which functions a query may call,
 * and which of those may stand in FROM as table functions.
 */
final class FunctionPolicy {
    /** How the gate treats a function name. */
    enum Verdict {
        ALLOWED,
        /** DuckDB has it (or the list names it as refused), and the gate refuses it. */
        FORBIDDEN,
        /** DuckDB has no function of that name. */
        UNKNOWN
    }

    private static final String RESOURCE = "functions.txt";
    /** Operators reach the parse tree as functions named by their symbols: "+", "||", "~~". */
    private static final Pattern OPERATOR = Pattern.compile("[^\\p{L}\\p{N}_\\s]+");

    private final Set<String> scalar;
    private final Set<String> table;
    /** Every name that is refused rather than unknown: what DuckDB has, and [refused]. */
    private final Set<String> known;

    private FunctionPolicy(Set<String> scalar, Set<String> table, Set<String> known) {
        this.scalar = Collections.unmodifiableSortedSet(new TreeSet<>(scalar));
        this.table = Collections.unmodifiableSortedSet(new TreeSet<>(table));
        this.known = Set.copyOf(known);
    }

    /** The allow-lists; names DuckDB has ({@code known}, lower case) or [refused] lists are refused, others unknown. */
    static FunctionPolicy load(Set<String> known) {
        Set<String> scalar = new TreeSet<>();
        Set<String> table = new TreeSet<>();
        Set<String> refused = new TreeSet<>(known);
        Set<String> section = null;
        try (InputStream in = FunctionPolicy.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new ShopSightException("The gate's function allow-list " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.replaceFirst("#.*", "").trim();
                if (name.equals("[functions]")) {
                    section = scalar;
                } else if (name.equals("[table functions]")) {
                    section = table;
                } else if (name.equals("[refused]")) {
                    section = refused;
                } else if (!name.isEmpty()) {
                    if (section == null) {
                        throw new ShopSightException(RESOURCE + " lists '" + name + "' before any [section]");
                    }
                    section.add(name.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new ShopSightException("Cannot read the gate's function allow-list: " + e.getMessage(), e);
        }
        return new FunctionPolicy(scalar, table, refused);
    }

    /** A function called in an expression: {@code sum(x)}, {@code lag(x) OVER (...)}, {@code x + 1}. */
    Verdict scalar(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (scalar.contains(n) || OPERATOR.matcher(n).matches()) {
            return Verdict.ALLOWED;
        }
        return known.contains(n) ? Verdict.FORBIDDEN : Verdict.UNKNOWN;
    }

    /** A function in FROM: {@code FROM range(10)}, {@code FROM read_csv(...)}. */
    Verdict table(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (table.contains(n)) {
            return Verdict.ALLOWED;
        }
        return known.contains(n) ? Verdict.FORBIDDEN : Verdict.UNKNOWN;
    }

    /** The functions allowed in expressions, sorted, for suggestions. */
    Set<String> allowedScalar() {
        return scalar;
    }

    /** The functions allowed in FROM, sorted, for messages. */
    Set<String> allowedTable() {
        return table;
    }
}
