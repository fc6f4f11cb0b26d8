package com.shopsight.web.http;

import io.javalin.plugin.bundled.GlobalHeadersConfig;
import io.javalin.plugin.bundled.GlobalHeadersPlugin;

/** The security headers every response carries, as Javalin's GlobalHeadersPlugin sets them. */
final class SecurityHeaders {
    /**
     * Only the app's own scripts run: no inline script, no eval (charts render through Vega's
     * expression interpreter), no other origin. Inline styles are allowed because Vega sets
     * style attributes on the SVG it draws; styles cannot run code.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {}

    static GlobalHeadersPlugin plugin() {
        return new GlobalHeadersPlugin(h -> {
            h.contentSecurityPolicy(CSP);
            h.xContentTypeOptionsNoSniff();
            h.xFrameOptions(GlobalHeadersConfig.XFrameOptions.DENY);
            h.referrerPolicy(GlobalHeadersConfig.ReferrerPolicy.NO_REFERRER);
            h.crossOriginOpenerPolicy(GlobalHeadersConfig.CrossOriginOpenerPolicy.SAME_ORIGIN);
            h.crossOriginResourcePolicy(GlobalHeadersConfig.CrossOriginResourcePolicy.SAME_ORIGIN);
            h.getHeaders().put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        });
    }
}
