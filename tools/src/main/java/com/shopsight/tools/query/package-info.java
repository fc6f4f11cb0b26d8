/**
 * How the analytic tools read data: every query through one {@link com.shopsight.tools.query.Queries}
 * (the SQL gate's path), results as a small {@link com.shopsight.tools.query.Table}, and the
 * expected failures (an unknown product, no sales, SQL the gate refused) as a
 * {@link com.shopsight.tools.query.Problem} a person or an LLM can act on.
 */
package com.shopsight.tools.query;
