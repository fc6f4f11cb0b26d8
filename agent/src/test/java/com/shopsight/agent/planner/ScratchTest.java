package com.shopsight.agent.planner;

import com.shopsight.agent.answer.Answer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() throws Exception {
        List<String> qs = Files.readAllLines(Path.of("/tmp/planner/questions.txt"));
        try (PlannerFixture f = new PlannerFixture()) {
            String conv = null;
            for (String q : qs) {
                if (q.isBlank()) { continue; }
                boolean follow = q.startsWith(">");
                if (follow) { q = q.substring(1).strip(); }
                Answer a = follow ? f.ask(q, conv) : f.ask(q);
                conv = a.conversationId();
                System.out.println("Q: " + q + "\n  understood: " + a.understood() + "\n  " + a.answer().replace("\n", "\n  ")
                        + "\n  notices: " + a.notices() + (a.sql() == null ? "" : "\n  SQL: " + a.sql().replace("\n", " "))
                        + (a.table() == null ? "" : "\n  rows: " + a.table().rows().subList(0, Math.min(3, a.table().rows().size()))));
            }
        }
    }
}
