package com.shopsight.tools.scope;

import com.shopsight.tools.query.Literals;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.query.ProblemException;
import com.shopsight.tools.query.Queries;
import com.shopsight.tools.query.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a {@link Scope}: transactions {@code t}, joined to articles {@code a} and
 * customers {@code c} only when a filter needs them, and the conditions on them.
 */
public final class ScopeSql {
    private static final Duration CHECK_TIME = Duration.ofSeconds(30);

    private ScopeSql() {}

    /** {@code transactions t} with the joins the scope needs (extra joins: {@code articles}, {@code customers}). */
    public static String from(Scope s, boolean withArticles, boolean withCustomers) {
        StringBuilder sb = new StringBuilder("transactions t");
        if (withArticles || !s.attributes().isEmpty()) {
            sb.append(" JOIN articles a ON a.article_id = t.article_id");
        }
        if (withCustomers || s.ageBand() != null) {
            sb.append(" JOIN customers c ON c.customer_id = t.customer_id");
        }
        return sb.toString();
    }

    /** The scope's conditions and {@code more}, joined by AND; {@code TRUE} when there are none. */
    public static String where(Scope s, String... more) {
        List<String> conditions = new ArrayList<>();
        s.attributes().forEach((d, v) -> conditions.add("a." + d.column() + " = " + Literals.text(v)));
        if (s.channel() != null) {
            conditions.add("t.sales_channel_id = " + s.channel().id());
        }
        if (s.ageBand() != null) {
            conditions.add(s.ageBand().condition("c"));
        }
        if (s.from() != null) {
            conditions.add("t.t_dat >= " + Literals.date(s.from()));
        }
        if (s.to() != null) {
            conditions.add("t.t_dat <= " + Literals.date(s.to()));
        }
        conditions.addAll(List.of(more));
        return conditions.isEmpty() ? "TRUE" : String.join(" AND ", conditions);
    }

    /**
     * The scope with each attribute value as the data spells it (matched without regard to
     * case), or a {@link ProblemException} naming the first value the data does not have, with
     * the closest values it does have.
     *
     * @return the resolved scope and the SQL that checked it (null when nothing needed checking)
     */
    public static Resolved resolve(Scope s, Queries queries) {
        if (s.attributes().isEmpty()) {
            return new Resolved(s, null);
        }
        List<String> checks = new ArrayList<>();
        List<Dimension> order = new ArrayList<>(s.attributes().keySet());
        for (Dimension d : order) {
            String col = d.column();
            String v = Literals.text(s.attributes().get(d));
            checks.add("(SELECT coalesce(max(" + col + ") FILTER (WHERE " + col + " = " + v + "), min(" + col + "))"
                    + " FROM articles WHERE lower(" + col + ") = lower(" + v + ")) AS " + d.code());
        }
        String sql = "SELECT " + String.join(", ", checks);
        Table t = queries.run(sql, 1, CHECK_TIME);
        Scope resolved = s;
        for (int i = 0; i < order.size(); i++) {
            Dimension d = order.get(i);
            Object found = t.value(0, i);
            if (found == null) {
                throw new ProblemException(unknown(d, s.attributes().get(d), queries));
            }
            resolved = resolved.with(d, found.toString());
        }
        return new Resolved(resolved, sql);
    }

    /** A scope whose values exist, and the query that checked them (null when none ran). */
    public record Resolved(Scope scope, String sql) {}

    private static Problem unknown(Dimension d, String value, Queries queries) {
        if (d == Dimension.ARTICLE) {
            return new Problem(Problem.Kind.UNKNOWN_VALUE, "No article '" + value + "'.",
                    "Article ids are 10 digits, such as 0108775015; search by product name to find one.", null);
        }
        String col = d.column();
        String sql = "SELECT " + col + " FROM articles GROUP BY " + col
                + " ORDER BY jaro_winkler_similarity(lower(" + col + "), lower(" + Literals.text(value) + ")) DESC, "
                + col + " LIMIT 3";
        Table t = queries.run(sql, 3, CHECK_TIME);
        List<String> close = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            close.add(String.valueOf(t.value(r, 0)));
        }
        return new Problem(Problem.Kind.UNKNOWN_VALUE, "No " + d.words() + " '" + value + "'.",
                close.isEmpty() ? null : "The closest " + d.words() + " values are: " + String.join(", ", close) + ".", sql);
    }
}
