package com.shopsight.web.view;

/**
 * What every page's frame shows.
 *
 * @param title the page's title
 * @param mode what answers, in words ("Offline planner", "LLM gpt-4o-mini")
 * @param llm whether an LLM is configured
 * @param evalReport whether an evaluation report exists to link to
 * @param signOut whether the server has a token, so the page offers to sign out
 */
public record Chrome(String title, String mode, boolean llm, boolean evalReport, boolean signOut) {
    public Chrome withTitle(String t) {
        return new Chrome(t, mode, llm, evalReport, signOut);
    }
}
