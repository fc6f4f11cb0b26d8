package com.shopsight.web.http;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.plugin.Plugin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * With SHOPSIGHT_API_TOKEN set, every request needs the token: API callers send
 * {@code Authorization: Bearer TOKEN}, the page keeps it in an HttpOnly, SameSite=Strict cookie
 * set by the sign-in form. Open without it: the sign-in form, the page's static files,
 * /api/health (for load balancers), and the signed endpoints, which check their callers'
 * signatures instead (Slack cannot send this token).
 */
final class TokenAuthPlugin extends Plugin<Void> {
    static final String COOKIE = "shopsight_token";

    private final byte[] token;
    private final List<String> signedPaths;

    TokenAuthPlugin(String token, List<String> signedPaths) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.signedPaths = List.copyOf(signedPaths);
    }

    @Override
    public void onInitialize(JavalinState state) {
        state.routes.before(this::check);
    }

    /** Whether {@code candidate} is the token, in time that does not depend on where it differs. */
    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
    }

    private void check(Context ctx) {
        String path = ctx.path();
        if (path.startsWith("/static/") || path.equals("/login") || path.equals("/api/health") || path.equals("/favicon.ico")
                || signedPaths.contains(path)) {
            return;
        }
        if (matches(bearer(ctx.header("Authorization"))) || matches(ctx.cookie(COOKIE))) {
            return;
        }
        if (path.startsWith("/api/")) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"shopsight\"");
            throw new ApiException(401, "unauthorized",
                    "This server needs its API token: send the header 'Authorization: Bearer <SHOPSIGHT_API_TOKEN>'.");
        }
        String target = ctx.queryString() == null ? path : path + "?" + ctx.queryString();
        ctx.redirect("/login?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
        ctx.skipRemainingHandlers();
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return header.substring(7).strip();
    }
}
