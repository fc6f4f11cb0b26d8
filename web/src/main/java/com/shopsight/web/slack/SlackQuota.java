package com.shopsight.web.slack;

import com.shopsight.web.http.KeyedRateLimit;

/**
 * How many questions Slack may bring: per person and per workspace a minute. A person asking
 * by hand stays far below; a loop between bots, or a workspace flooding a shared server, does not.
 */
final class SlackQuota {
    static final int PER_USER_PER_MINUTE = 20;
    static final int PER_TEAM_PER_MINUTE = 200;

    private final KeyedRateLimit users = new KeyedRateLimit(PER_USER_PER_MINUTE);
    private final KeyedRateLimit teams = new KeyedRateLimit(PER_TEAM_PER_MINUTE);

    /** Takes one question from {@code user}'s and {@code team}'s allowance; false when either is used up. */
    boolean allow(String team, String user) {
        long now = System.nanoTime();
        return users.allow(team + "/" + user, now) && teams.allow(String.valueOf(team), now);
    }
}
