package com.shopsight.web.slack;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the generic webhook may post an answer, so the server cannot be made to send requests
 * wherever a caller likes: only to a host on the allow-list (SHOPSIGHT_WEBHOOK_CALLBACK_HOSTS,
 * matched exactly, no wildcards), only over https unless the host is this machine, never with
 * credentials in the address, and never to an IP literal of a private, loopback, link-local or
 * otherwise internal range unless that literal itself is on the list. Redirects are not followed
 * ({@link Outbound}), so a listed host cannot pass the request on.
 */
final class CallbackPolicy {
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    /** The verdict on a callback address. */
    sealed interface Verdict permits Allowed, Refused {}

    record Allowed(URI uri) implements Verdict {}

    /** Refused, with the reason in words for the caller. */
    record Refused(String reason) implements Verdict {}

    private final Set<String> hosts;

    CallbackPolicy(Set<String> hosts) {
        this.hosts = Set.copyOf(hosts);
    }

    Verdict check(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return new Refused("callbackUrl is not a valid address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return new Refused("callbackUrl must be an absolute https address.");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return new Refused("callbackUrl must not hold credentials or a fragment.");
        }
        String host = bare(uri.getHost());
        boolean listed = hosts.contains(host);
        if (!listed && internalLiteral(host)) {
            return new Refused("callbackUrl points at the internal address " + host
                    + "; such an address is allowed only when it is listed itself in SHOPSIGHT_WEBHOOK_CALLBACK_HOSTS.");
        }
        if (!listed) {
            return new Refused("The host " + host + " is not on this server's callback allow-list (SHOPSIGHT_WEBHOOK_CALLBACK_HOSTS).");
        }
        if (!scheme.equals("https") && !loopback(host)) {
            return new Refused("callbackUrl must use https (plain http is allowed only to this machine).");
        }
        return new Allowed(uri);
    }

    /** The host lower-cased, without IPv6 brackets or a final dot. */
    private static String bare(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }

    private static boolean loopback(String host) {
        return host.equals("localhost") || (literal(host) && address(host).isLoopbackAddress());
    }

    /** Whether {@code host} is an IP literal of a range that is not the public internet. */
    static boolean internalLiteral(String host) {
        if (!literal(host)) {
            return false;
        }
        InetAddress a = address(host);
        byte[] b = a.getAddress();
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64; // 100.64.0.0/10
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc; // fc00::/7
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || carrierNat || uniqueLocal || (b.length == 4 && (b[0] & 0xff) == 0);
    }

    /** A dotted IPv4 address or an IPv6 address (which alone holds ':'); names are never resolved here. */
    private static boolean literal(String host) {
        return IPV4.matcher(host).matches() || host.contains(":");
    }

    private static InetAddress address(String literal) {
        try {
            // A literal is parsed, never looked up.
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            // Not a well-formed literal after all (say 999.1.1.1): as unsafe as an internal one.
            return InetAddress.getLoopbackAddress();
        }
    }
}
