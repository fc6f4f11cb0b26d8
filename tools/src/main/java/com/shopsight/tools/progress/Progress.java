package com.shopsight.tools.progress;

/**
 * Receives progress of long work (generation, loading, learning, evaluation); the command
 * line draws it as a bar on a terminal and the tools never know how it is shown.
 */
public interface Progress {
    /** Progress that goes nowhere: for tests, servers and output that is not a terminal. */
    Progress NONE = new Progress() {
        @Override
        public void start(String task, long total) {}

        @Override
        public void advance(long steps) {}

        @Override
        public void finish() {}
    };

    /** Starts a task of {@code total} steps, ending any task still running. */
    void start(String task, long total);

    /** Moves the current task on by {@code steps}. */
    void advance(long steps);

    /** Ends the current task. */
    void finish();
}
