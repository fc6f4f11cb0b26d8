/**
 * ShopSight's tools: the H&M dataset ({@code data}), DuckDB access ({@code db}), schema
 * learning, the SQL gate and the analytic tools. Nothing here knows that an LLM exists.
 */
package com.shopsight.tools;
