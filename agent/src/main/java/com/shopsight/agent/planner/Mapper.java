package com.shopsight.agent.planner;

/** Stage one: finds the metrics, dimensions, values, time words and grammar words a question mentions. */
interface Mapper {
    Mentions map(String question);
}
