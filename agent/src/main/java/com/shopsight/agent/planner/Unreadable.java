package com.shopsight.agent.planner;

import java.util.List;

/** Says which words of a question could not be read, with the known words nearest to each. */
final class Unreadable {
    private Unreadable() {}

    static String describe(List<Mention> unknown, Mentions mentions) {
        StringBuilder sb = new StringBuilder("I could not read ");
        for (int i = 0; i < unknown.size(); i++) {
            if (i > 0) {
                sb.append(i == unknown.size() - 1 ? " and " : ", ");
            }
            sb.append('"').append(unknown.get(i).text()).append('"');
        }
        sb.append('.');
        for (Mentions.Suggestion s : mentions.suggestions()) {
            List<String> others = s.nearest().stream().filter(w -> !w.equalsIgnoreCase(s.written())).toList();
            if (!others.isEmpty() && unknown.stream().anyMatch(m -> m.text().equals(s.written()))) {
                sb.append(" Did you mean ").append(String.join(" or ", others.stream().limit(3)
                        .map(w -> "\"" + w + "\"").toList())).append(" for \"").append(s.written()).append("\"?");
            }
        }
        return sb.toString();
    }
}
