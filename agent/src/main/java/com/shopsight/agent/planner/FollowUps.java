package com.shopsight.agent.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a follow-up against the previous query: what the follow-up mentions replaces the
 * same part of the previous query ("and only online?" replaces the channel, "top 20 instead"
 * the limit, "what about sweaters?" the product type), everything else stays.
 */
final class FollowUps {
    /** The previous query with the parts {@code next} mentions taken from it. */
    SemanticQuery merge(SemanticQuery previous, Assembler.Assembled next) {
        SemanticQuery n = next.query();
        Set<Assembler.Aspect> aspects = next.aspects();
        SemanticQuery q = previous.withNotes(List.of()).withDrill(null);
        if (aspects.contains(Assembler.Aspect.METRIC)) {
            q = q.withMetrics(n.metrics());
        }
        if (aspects.contains(Assembler.Aspect.DIMENSIONS)) {
            q = q.withDimensions(n.dimensions());
        }
        if (aspects.contains(Assembler.Aspect.CONDITIONS)) {
            q = replaceConditions(q, n.conditions());
        }
        if (aspects.contains(Assembler.Aspect.TIME)) {
            q = q.withTime(n.time());
            if (q.comparison().stream().anyMatch(s -> s.time() != null)) {
                q = q.withComparison(List.of(), q.growth());
            }
        }
        if (aspects.contains(Assembler.Aspect.RANKING)) {
            q = q.withRanking(n.limit(), n.ascending());
        }
        if (aspects.contains(Assembler.Aspect.COMPARISON)) {
            q = q.withComparison(n.comparison(), n.growth());
        }
        if (aspects.contains(Assembler.Aspect.GROWTH)) {
            q = q.withComparison(q.comparison(), true);
        }
        if (aspects.contains(Assembler.Aspect.SHARE)) {
            q = q.withShare(true, n.sharePart() != null ? n.sharePart() : q.sharePart());
        }
        if (aspects.contains(Assembler.Aspect.CHART)) {
            q = q.withChart(true);
        }
        if (aspects.contains(Assembler.Aspect.TOOL)) {
            q = q.withTool(n.tool());
        }
        return q.reshaped();
    }

    /** New conditions replace the previous ones of their group (and a side or share part of that group). */
    private static SemanticQuery replaceConditions(SemanticQuery q, List<Condition> added) {
        List<Condition> conditions = new ArrayList<>(q.conditions());
        SemanticQuery out = q;
        for (Condition c : added) {
            conditions.removeIf(old -> old.group().equals(c.group()));
            conditions.add(c);
            if (out.comparison().stream().anyMatch(s -> s.condition() != null && s.condition().group().equals(c.group()))) {
                out = out.withComparison(List.of(), out.growth());
            }
            if (out.sharePart() != null && out.sharePart().group().equals(c.group())) {
                conditions.remove(c);
                out = out.withShare(true, c);
            }
        }
        return out.withConditions(conditions);
    }
}
