package com.shopsight.tools.schema;

import com.shopsight.tools.schema.SchemaDoc.JoinPath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Join paths between tables that no single relationship links, through at most two others. */
final class JoinPaths {
    private static final int MAX_TABLES = 4;

    private JoinPaths() {}

    static List<JoinPath> find(List<String> tables, List<Relationship> relationships) {
        List<JoinPath> paths = new ArrayList<>();
        for (int i = 0; i < tables.size(); i++) {
            for (int j = i + 1; j < tables.size(); j++) {
                List<Relationship> route = route(tables.get(i), tables.get(j), relationships);
                if (route != null && route.size() > 1) {
                    paths.add(path(tables.get(i), tables.get(j), route));
                }
            }
        }
        return paths;
    }

    /** The shortest chain of relationships from one table to another (breadth first, in doc order). */
    private static List<Relationship> route(String from, String to, List<Relationship> relationships) {
        Map<String, List<Relationship>> via = new HashMap<>();
        via.put(from, List.of());
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String here = queue.poll();
            List<Relationship> sofar = via.get(here);
            if (here.equals(to)) {
                return sofar;
            }
            if (sofar.size() + 1 >= MAX_TABLES) {
                continue;
            }
            for (Relationship r : relationships) {
                String next = r.fromTable().equals(here) ? r.toTable() : r.toTable().equals(here) ? r.fromTable() : null;
                if (next != null && !via.containsKey(next)) {
                    List<Relationship> longer = new ArrayList<>(sofar);
                    longer.add(r);
                    via.put(next, longer);
                    queue.add(next);
                }
            }
        }
        return null;
    }

    private static JoinPath path(String from, String to, List<Relationship> route) {
        List<String> tables = new ArrayList<>(List.of(from));
        StringBuilder sql = new StringBuilder("FROM " + Sql.name(from));
        String here = from;
        for (Relationship r : route) {
            String next = r.fromTable().equals(here) ? r.toTable() : r.fromTable();
            tables.add(next);
            sql.append(" JOIN ").append(Sql.name(next)).append(" ON ").append(r.on());
            here = next;
        }
        return new JoinPath(from, to, tables, sql.toString());
    }
}
