/**
 * What part of the business a tool looks at: a {@link com.shopsight.tools.scope.Scope} of
 * transactions named by product attributes, channel, customer age band and dates, and the SQL
 * that selects it after checking that every named value exists.
 */
package com.shopsight.tools.scope;
