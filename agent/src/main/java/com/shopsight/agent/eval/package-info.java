/**
 * The golden-question evaluation: a suite of questions with what "right" means for each
 * ({@link com.shopsight.agent.eval.GoldenSuite}, kept beside the dataset's schema doc), gold
 * results computed on a database ({@link com.shopsight.agent.eval.PreparedSuite}), any
 * {@link com.shopsight.agent.Agent} asked every question, and the run
 * ({@link com.shopsight.agent.eval.EvalRun}) written as JSON, JUnit XML and HTML
 * ({@link com.shopsight.agent.eval.EvalReports}).
 *
 * <p>Scoring, per turn: the answer's table against each gold result by execution match (rows
 * as a multiset, as a sequence when the gold query orders at its top level; each gold column
 * paired with a different answer column by its values; numbers within {@link
 * com.shopsight.agent.eval.Tolerance}; text trimmed and without case; dates in any form).
 * Strict: the same columns and rows. Lenient: extra answer columns allowed. Tool turns pass
 * their checks; refusal turns pass when the answer has neither table nor chart. A question
 * passes when all its turns do. Also counted: tool choice, unwanted and missed refusals, SQL
 * naming tables or columns the dataset lacks, latency, LLM calls and tokens.
 */
package com.shopsight.agent.eval;
