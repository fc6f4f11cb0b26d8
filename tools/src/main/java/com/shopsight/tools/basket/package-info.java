/**
 * Market-basket analysis: {@link com.shopsight.tools.basket.BasketTool} mines frequent
 * itemsets and association rules, exactly, from baskets defined by
 * {@link com.shopsight.tools.basket.Baskets} (a customer's day, a customer's window, or any
 * query returning basket_id and item) at an {@link com.shopsight.tools.basket.ItemLevel}.
 *
 * <h2>How</h2>
 * <ol>
 *   <li>One query through the SQL gate ({@code BasketSql}) counts baskets and items, ranks the
 *       frequent ones (count at least ceil(min support x baskets), in exact decimals), and groups
 *       the baskets by their set of frequent items, so Java receives each distinct set once with
 *       its count. Columns with at most 496 values (product type, colour, department, ...) use
 *       bit masks OR-ed per basket, which DuckDB aggregates several times faster than lists;
 *       other levels (articles) drop the frequent items that are in no frequent pair first.</li>
 *   <li>FP-growth ({@code FpGrowth}) mines the weighted sets up to the maximum size, in arrays,
 *       not node objects ({@code FpTree}, {@code ItemsetTable}).</li>
 *   <li>Every split of every frequent itemset is a candidate rule ({@code RuleGenerator});
 *       support, confidence, lift, leverage and conviction follow from the exact counts, and the
 *       strongest by lift are kept.</li>
 * </ol>
 */
package com.shopsight.tools.basket;
