/**
 * The Answer contract every surface renders, and the parts it is made of: {@link
 * com.shopsight.agent.answer.Step}, {@link com.shopsight.agent.answer.Table}, {@link
 * com.shopsight.agent.answer.Usage}, {@link com.shopsight.agent.answer.Mode}.
 */
package com.shopsight.agent.answer;
