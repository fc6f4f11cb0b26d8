/**
 * The LLM agent, and the only package that imports langchain4j: {@link
 * com.shopsight.agent.llm.LlmAgent} answers through an OpenAI-compatible endpoint configured by
 * {@link com.shopsight.agent.llm.LlmConfig}, with ShopSight's tools as tool specifications
 * whose descriptions, like the system prompt, are files in {@code prompts/} ({@link
 * com.shopsight.agent.llm.Prompts}).
 *
 * <h2>The tools</h2>
 * {@code run_sql} (through the SQL gate; rejections come back for repair, at most
 * SHOPSIGHT_LLM_SQL_ATTEMPTS failures per answer), {@code describe_schema} (the learned schema
 * doc), and over the H&M tables {@code forecast}, {@code customer_segments}, {@code churn_risk},
 * {@code basket_rules}, {@code search_products}, {@code product_report}, then {@code make_chart} (a Vega-Lite spec of the
 * answer's latest table). Each is an {@code LlmTool}; {@code AgentTools} lists them.
 *
 * <h2>What the LLM is sent</h2>
 * The system prompt ({@code prompts/agent.system.txt} and its fragments) with the schema doc
 * (whole, or for a large schema the tables and columns nearest the question), the semantic
 * model in brief and the latest day of the data; the conversation's last turns (question,
 * answer and the SQL behind it); the question; the tools' specifications; and, as the work
 * goes on, its own tool calls and their results. Tool results are JSON inside
 * {@code <tool_result>} fences with markup characters escaped: data values are data.
 * Nothing else leaves the process: no rows beyond the first 50 of a result, no file paths,
 * no keys other than the API key itself in its header.
 */
package com.shopsight.agent.llm;
