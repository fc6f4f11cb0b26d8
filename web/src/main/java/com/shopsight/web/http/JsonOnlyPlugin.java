package com.shopsight.web.http;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.plugin.Plugin;

/**
 * The API takes JSON only: a POST with any other body type gets 415. Besides clear errors, this
 * keeps other sites' HTML forms (which cannot send application/json without a CORS preflight
 * this server never grants) from posting to it with a visitor's cookie.
 */
final class JsonOnlyPlugin extends Plugin<Void> {
    @Override
    public void onInitialize(JavalinState state) {
        state.routes.before("/api/*", JsonOnlyPlugin::check);
    }

    private static void check(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return;
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", "Send the body as JSON with 'Content-Type: application/json'.");
        }
    }
}
