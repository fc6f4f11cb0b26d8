package com.shopsight.agent.planner;

import com.shopsight.agent.lexicon.Meaning;
import com.shopsight.agent.semantic.SemanticModel;
import java.util.List;
import java.util.Optional;

/**
 * Parses mentions into a query: refusals first, then "why?", then words it could not read
 * (never guessed around), then a fresh question or a follow-up merged into the previous one.
 */
final class MentionParser implements Parser {
    private final DraftReader reader;
    private final Assembler assembler;
    private final FollowUps followUps = new FollowUps();
    private final WhyReader why;
    private final String chat;
    private final TimeReader time;
    /** The dimensions that describe products (type, colour, index...). */
    private final java.util.Set<String> articles;

    MentionParser(SemanticModel model, DataCalendar calendar) {
        this.articles = model.dimensions().stream().filter(x -> "articles".equals(x.entity()))
                .map(SemanticModel.Dimension::name).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.chat = model.refusals().chat().reason();
        Labels labels = new Labels(model);
        TimeReader time = new TimeReader(calendar);
        this.time = time;
        this.reader = new DraftReader(model, time, labels);
        this.assembler = new Assembler(model, new Sides(time), time);
        this.why = new WhyReader(model, labels, time);
    }

    @Override
    public PlanOutcome parse(Mentions mentions, Context context) {
        for (Mention m : mentions.items()) {
            if (m.meaning() instanceof Meaning.Refusal r) {
                return new PlanOutcome.Refused(r.kind(), r.reason());
            }
        }
        Draft d = reader.read(mentions);
        List<Mention> unknown = d.unknown.stream()
                .filter(m -> !(freeText(d) && m.start() >= d.toolEnd)).toList();
        if (!unknown.isEmpty()) {
            if (namesUnknownProducts(d, unknown, mentions)) {
                // "Nike running shoes": a name the catalogue may not have; the search tool says
                // what it matched and what H&M does not sell, rather than a refusal.
                return new PlanOutcome.Planned(SemanticQuery.of("units").withTool(new ToolRequest(SearchExecutor.TOOL,
                        mentions.question().strip().replaceAll("[?.!\\s]+$", ""), null, null)).reshaped());
            }
            return PlanOutcome.notUnderstood(Unreadable.describe(unknown, mentions));
        }
        if (d.why) {
            return why.why(context);
        }
        if (d.problem != null) {
            return PlanOutcome.notUnderstood(d.problem);
        }
        for (Draft.Dated t : d.times) {
            if (time.coversNoData(t.window())) {
                return PlanOutcome.notUnderstood("The data has sales from " + time.dates(TimeWindow.ALL)
                        + "; " + t.window().label() + " has none.");
            }
        }
        if (d.ratio != null) {
            return PlanOutcome.notUnderstood("I cannot divide one figure by another yet (\"" + d.ratio + "\"); ask for "
                    + "both figures together instead, such as \"units sold and buyers by product type\".");
        }
        if (!d.meaningful()) {
            return d.greeting ? new PlanOutcome.Refused("chat", chat)
                    : PlanOutcome.notUnderstood("I could not find a question about sales, products or customers in that.");
        }
        if ("basket".equals(d.tool) && d.toolWords.stream().allMatch(w -> w.equals("what else"))
                && d.conditions.stream().noneMatch(p -> p.condition() instanceof Condition.Values v && !v.negated()
                        && articles.contains(v.dimension()))) {
            // "what else" is a basket question only about something bought: alone it says nothing.
            return PlanOutcome.notUnderstood("\"What else\" is bought with what? Name a product, such as \"what else do "
                    + "people buy with trousers?\"");
        }
        Optional<String> problem = assembler.problem(d);
        if (problem.isPresent()) {
            return PlanOutcome.notUnderstood(problem.get());
        }
        Assembler.Assembled assembled = assembler.assemble(d, mentions);
        boolean followUp = context.hasPrevious() && (d.followUp || d.instead || !d.standsAlone());
        if (followUp) {
            return new PlanOutcome.Planned(followUps.merge(context.previous(), assembled));
        }
        if (!d.standsAlone() && d.conditions.isEmpty() && d.times.isEmpty() && d.dimensions.isEmpty() && !d.ranking()
                && d.limit == null) {
            return PlanOutcome.notUnderstood(d.chart ? "A chart of what? Ask a question first, then \"as a chart\"."
                    : "That reads like a follow-up, but there is no earlier question in this conversation.");
        }
        return new PlanOutcome.Planned(assembled.query().reshaped());
    }

    /**
     * Whether a question is a product lookup naming something the lexicon does not know: every
     * unreadable word is written as a name (capitalised: a brand, a product line) or is near no
     * known word (so no typo), the rest describes products ("Nike running shoes"), and no
     * figure is asked for.
     */
    private boolean namesUnknownProducts(Draft d, List<Mention> unknown, Mentions mentions) {
        boolean names = unknown.stream().allMatch(m -> Character.isUpperCase(m.text().codePointAt(0))
                || mentions.suggestions().stream().noneMatch(s -> s.written().equals(m.text()) && !s.nearest().isEmpty())
                || describesProduct(m, mentions));
        boolean products = d.dimensions.contains("product") || d.conditions.stream().anyMatch(p ->
                p.condition() instanceof Condition.Values v && !v.negated() && articles.contains(v.dimension()));
        boolean figures = !d.metrics.isEmpty() || !d.weakMetrics.isEmpty() || d.howMany || d.ranking() || d.limit != null
                || d.share || d.growth || d.trend || d.chart || d.why || d.tool != null || !d.times.isEmpty()
                || !d.vs.isEmpty() || !d.compare.isEmpty() || d.dimensions.stream().anyMatch(x -> !x.equals("product"));
        return names && products && !figures;
    }

    /**
     * Whether an unreadable word stands just before a kind of product, as a material or a
     * style does ("linen shorts", "corduroy trousers"): the search tool matches it against the
     * catalogue's descriptions and says what it matched.
     */
    private boolean describesProduct(Mention unknown, Mentions mentions) {
        int at = mentions.items().indexOf(unknown);
        if (at < 0 || at + 1 >= mentions.size()) {
            return false;
        }
        return mentions.get(at + 1).meaning() instanceof Meaning.Value v && articles.contains(v.dimension());
    }

    /** Search and report take the text after their phrase as it is. */
    private static boolean freeText(Draft d) {
        return d.tool != null && (d.tool.equals("search") || d.tool.equals("report")) && d.toolEnd >= 0
                && !Assembler.analysis(d);
    }
}
