package com.shopsight.web.http;

import io.javalin.http.Context;

/**
 * GET /api/forecast, /api/segments, /api/churn, /api/rules, /api/search and /api/report: the
 * analytic tools by their parameters, without a question. Parameters are checked here; the
 * tools themselves (issues 4 and 5) are not in this build yet, so a valid request is told so
 * with 501 rather than a made-up result.
 */
final class ToolsController {
    void forecast(Context ctx) {
        int horizon = ctx.queryParamAsClass("horizon", Integer.class).getOrDefault(4);
        if (horizon < 1 || horizon > 52) {
            throw ApiException.badRequest("horizon must be between 1 and 52 periods");
        }
        notAvailable("forecast");
    }

    void segments(Context ctx) {
        String analysis = ctx.queryParamAsClass("analysis", String.class).getOrDefault("buyers");
        if (!analysis.matches("buyers|rfm|clusters")) {
            throw ApiException.badRequest("analysis must be buyers, rfm or clusters");
        }
        notAvailable("segments");
    }

    void churn(Context ctx) {
        int weeks = ctx.queryParamAsClass("weeks", Integer.class).getOrDefault(8);
        if (weeks < 1 || weeks > 26) {
            throw ApiException.badRequest("weeks must be between 1 and 26");
        }
        notAvailable("churn");
    }

    void rules(Context ctx) {
        required(ctx, "item");
        notAvailable("basket rules");
    }

    void search(Context ctx) {
        required(ctx, "q");
        notAvailable("search");
    }

    void report(Context ctx) {
        required(ctx, "item");
        notAvailable("product report");
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("query parameter '" + name + "' is required");
        }
        if (value.length() > 200) {
            throw ApiException.badRequest("query parameter '" + name + "' is longer than 200 characters");
        }
        return value.strip();
    }

    private static void notAvailable(String tool) {
        throw new ApiException(501, "not_available", "The " + tool + " tool is not part of this build yet.");
    }
}
