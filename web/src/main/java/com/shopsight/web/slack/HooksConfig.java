package com.shopsight.web.slack;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The settings of the signed endpoints: Slack's slash command and Events API, and the generic
 * webhook. Each is off (answers 404) until its secret is set; nothing here is ever open.
 *
 * @param slack the Slack app's secrets and addresses, never null
 * @param webhook the generic webhook's secret and callback allow-list, never null
 * @param clock the time signatures are checked against (fixed in tests of old signed examples), never null
 */
public record HooksConfig(Slack slack, Webhook webhook, Clock clock) {
    /** Slack's Web API. */
    public static final URI SLACK_API = URI.create("https://slack.com/api/");
    /** Where Slack's response_url addresses live; a slash command's answer goes nowhere else. */
    public static final URI SLACK_HOOKS = URI.create("https://hooks.slack.com/");
    /** Both endpoints off. */
    public static final HooksConfig OFF = new HooksConfig(Slack.OFF, Webhook.OFF, Clock.systemUTC());

    /**
     * The Slack app.
     *
     * @param signingSecret SLACK_SIGNING_SECRET, or null: then /slack/* answers 404
     * @param botToken SLACK_BOT_TOKEN (xoxb-...) for chat.postMessage, or null: then /slack/events answers 404
     * @param apiBase the Web API's base address, ending in '/' (tests point it at a local server)
     * @param responseBase every response_url must start with this (https://hooks.slack.com/ outside tests)
     * @param publicUrl where people reach this server (SHOPSIGHT_PUBLIC_URL), for links to answer pages, or null
     */
    public record Slack(String signingSecret, String botToken, URI apiBase, URI responseBase, URI publicUrl) {
        public static final Slack OFF = new Slack(null, null, SLACK_API, SLACK_HOOKS, null);

        public Slack {
            signingSecret = blankToNull(signingSecret);
            botToken = blankToNull(botToken);
            Objects.requireNonNull(apiBase, "apiBase");
            Objects.requireNonNull(responseBase, "responseBase");
            requireBase(apiBase, "the Slack API address");
            requireBase(responseBase, "the response_url base");
            if (publicUrl != null) {
                // Kept without a final '/', so a link is publicUrl + "/answers/" + id.
                publicUrl = URI.create(publicUrl.toString().replaceAll("/+$", ""));
                requireBase(URI.create(publicUrl + "/"), "SHOPSIGHT_PUBLIC_URL");
            }
        }

        /** Whether slash commands are served. */
        public boolean commandsOn() {
            return signingSecret != null;
        }

        /** Whether the Events API is served: it needs the bot token to answer. */
        public boolean eventsOn() {
            return signingSecret != null && botToken != null;
        }

        public Slack withApiBase(URI base) {
            return new Slack(signingSecret, botToken, base, responseBase, publicUrl);
        }

        public Slack withResponseBase(URI base) {
            return new Slack(signingSecret, botToken, apiBase, base, publicUrl);
        }
    }

    /**
     * The generic webhook.
     *
     * @param secret SHOPSIGHT_WEBHOOK_SECRET (at least 16 characters), or null: then /api/webhook answers 404
     * @param callbackHosts the host names (or IP literals) answers may be posted to, lower case; empty for none
     */
    public record Webhook(String secret, Set<String> callbackHosts) {
        public static final Webhook OFF = new Webhook(null, Set.of());

        public Webhook {
            secret = blankToNull(secret);
            if (secret != null && secret.length() < 16) {
                throw new IllegalArgumentException("SHOPSIGHT_WEBHOOK_SECRET must have at least 16 characters");
            }
            callbackHosts = callbackHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        }

        public boolean on() {
            return secret != null;
        }
    }

    public HooksConfig {
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(webhook, "webhook");
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * The settings from SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN, SLACK_API_URL (default
     * https://slack.com/api/), SHOPSIGHT_PUBLIC_URL, SHOPSIGHT_WEBHOOK_SECRET and
     * SHOPSIGHT_WEBHOOK_CALLBACK_HOSTS (comma-separated host names).
     *
     * @throws IllegalArgumentException when a variable holds a value that cannot be used
     */
    public static HooksConfig from(Map<String, String> env) {
        Slack slack = new Slack(env.get("SLACK_SIGNING_SECRET"), env.get("SLACK_BOT_TOKEN"),
                uri(env, "SLACK_API_URL", SLACK_API), SLACK_HOOKS, uri(env, "SHOPSIGHT_PUBLIC_URL", null));
        String hosts = env.getOrDefault("SHOPSIGHT_WEBHOOK_CALLBACK_HOSTS", "");
        Webhook webhook = new Webhook(env.get("SHOPSIGHT_WEBHOOK_SECRET"), Set.copyOf(Arrays.asList(hosts.split(","))));
        return new HooksConfig(slack, webhook, Clock.systemUTC());
    }

    /** What is on, in a line or two for `shopsight serve` to print; empty when everything is off. */
    public List<String> status() {
        List<String> lines = new ArrayList<>();
        if (slack.eventsOn()) {
            lines.add("Slack: POST /slack/commands (slash command) and /slack/events (Events API) take requests signed with"
                    + " SLACK_SIGNING_SECRET.");
        } else if (slack.commandsOn()) {
            lines.add("Slack: POST /slack/commands takes signed slash commands; /slack/events is off until SLACK_BOT_TOKEN is set.");
        }
        if (slack.commandsOn() && slack.publicUrl() == null) {
            lines.add("note: without SHOPSIGHT_PUBLIC_URL, answers in Slack carry no link to their page.");
        }
        if (webhook.on()) {
            lines.add("Webhook: POST /api/webhook takes requests signed with SHOPSIGHT_WEBHOOK_SECRET; answers may be posted to "
                    + (webhook.callbackHosts().isEmpty() ? "no host (SHOPSIGHT_WEBHOOK_CALLBACK_HOSTS is empty)"
                            : String.join(", ", new TreeSet<>(webhook.callbackHosts()))) + ".");
        }
        return lines;
    }

    public HooksConfig withSlack(Slack s) {
        return new HooksConfig(s, webhook, clock);
    }

    public HooksConfig withWebhook(Webhook w) {
        return new HooksConfig(slack, w, clock);
    }

    public HooksConfig withClock(Clock c) {
        return new HooksConfig(slack, webhook, c);
    }

    private static URI uri(Map<String, String> env, String name, URI fallback) {
        String v = blankToNull(env.get(name));
        if (v == null) {
            return fallback;
        }
        try {
            URI u = URI.create(v.strip());
            // Slack's API address is a base: a missing final '/' would drop "api" when resolving method names.
            return name.equals("SLACK_API_URL") && !u.getPath().endsWith("/") ? URI.create(u + "/") : u;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " must be an http(s) address, not '" + v + "'");
        }
    }

    private static void requireBase(URI u, String what) {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || u.getHost() == null || u.getRawUserInfo() != null
                || u.getRawQuery() != null || u.getRawFragment() != null || !u.getRawPath().endsWith("/")) {
            throw new IllegalArgumentException(what + " must be an http(s) address ending in '/' with no query, not '" + u + "'");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
