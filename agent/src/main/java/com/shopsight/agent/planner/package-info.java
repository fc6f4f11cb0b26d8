/**
 * The offline planner: {@link com.shopsight.agent.planner.OfflinePlanner} answers a question
 * with no LLM by passing it through a chain of stages, each a one-method interface that
 * returns a new record:
 *
 * <ol>
 *   <li>{@code Mapper} (question -> {@link com.shopsight.agent.planner.Mentions}): the lexicon's
 *       phrases, misspellings read as meant, unknown words sent to the nearest-phrase resolver;
 *   <li>{@code Parser} (mentions and the conversation so far -> a
 *       {@link com.shopsight.agent.planner.PlanOutcome}): a {@link com.shopsight.agent.planner.SemanticQuery},
 *       a refusal, or {@code NotUnderstood(reason, suggestions)}; follow-ups are merged into the
 *       previous query and "why?" drills into its table;
 *   <li>{@code Corrector}s (query -> query): growth periods, values shown apart, counts of
 *       customers or articles vs sales, rankings' defaults and bounds;
 *   <li>{@code Translator} (query -> SQL), written from the semantic model and learned values
 *       only, run through the SQL gate; the narrator, chart specs and understanding turn the
 *       rows into the Answer.
 * </ol>
 *
 * Tool intents (forecast, segments, churn, basket, search, report) go to a tool executor; a
 * tool not in the build answers that it is not available, never an imitation.
 */
package com.shopsight.agent.planner;
