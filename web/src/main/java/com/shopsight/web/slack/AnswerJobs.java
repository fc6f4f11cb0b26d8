package com.shopsight.web.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background workers that answer Slack and webhook questions after the request has been
 * acknowledged: a few threads and a bounded queue, so a flood waits its turn or is turned away
 * (the caller says "busy"), never piles up without end.
 */
final class AnswerJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerJobs.class);

    private final ThreadPoolExecutor pool;

    AnswerJobs(int workers, int queue) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue), r -> {
            Thread t = new Thread(r, "shopsight-hooks-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code job}; false when the queue is full or the server is stopping. */
    boolean submit(Runnable job) {
        try {
            pool.execute(job);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Whether the worker running this has been told to stop (the server is stopping): a failure then is no bug to report. */
    static boolean stopping() {
        return Thread.currentThread().isInterrupted();
    }

    /** Stops the workers: queued jobs are dropped, running ones interrupted. */
    @Override
    public void close() {
        int dropped = pool.shutdownNow().size();
        if (dropped > 0) {
            LOG.warn("Stopping: {} queued Slack or webhook questions were not answered", dropped);
        }
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
