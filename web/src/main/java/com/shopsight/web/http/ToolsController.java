package com.shopsight.web.http;

import com.shopsight.tools.churn.ChurnParams;
import com.shopsight.tools.churn.ChurnResult;
import com.shopsight.tools.churn.ChurnTool;
import com.shopsight.tools.forecast.ForecastParams;
import com.shopsight.tools.forecast.ForecastResult;
import com.shopsight.tools.forecast.ForecastTool;
import com.shopsight.tools.forecast.Frequency;
import com.shopsight.tools.forecast.Method;
import com.shopsight.tools.forecast.Metric;
import com.shopsight.tools.gate.QueryContext;
import com.shopsight.tools.gate.SqlGate;
import com.shopsight.tools.query.Problem;
import com.shopsight.tools.scope.AgeBand;
import com.shopsight.tools.scope.Channel;
import com.shopsight.tools.scope.Dimension;
import com.shopsight.tools.scope.Scope;
import com.shopsight.tools.segments.SegmentsParams;
import com.shopsight.tools.segments.SegmentsResult;
import com.shopsight.tools.segments.SegmentsTool;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * GET /api/forecast, /api/segments, /api/churn, /api/rules, /api/search and /api/report: the
 * analytic tools by their parameters, without a question. A tool's own failure (an unknown
 * product, no sales in the scope) is 404 or 422 with its problem; the basket, search and report
 * tools (issue 5) are not in this build yet, so a valid request for them gets 501.
 *
 * <p>A scope is given with the query parameters article, productName, productType,
 * productGroup, department, index, indexGroup, section, garmentGroup, colour, channel
 * (online|store), ageBand (&lt;25, 25-34, 35-44, 45-54, 55+, unknown), from and to (YYYY-MM-DD).
 */
final class ToolsController {
    private static final Map<String, Dimension> SCOPE = scopeParameters();
    private static final QueryContext REST = QueryContext.of("rest");

    private final SqlGate gate;

    ToolsController(SqlGate gate) {
        this.gate = gate;
    }

    /** ?horizon=4&metric=units|revenue&frequency=week&season=52&method=... plus a scope. */
    void forecast(Context ctx) {
        ForecastParams p = params(() -> new ForecastParams(scope(ctx), Metric.parse(text(ctx, "metric", "units")), null,
                ctx.queryParam("frequency") == null ? null : Frequency.parse(ctx.queryParam("frequency")),
                integer(ctx, "season"),
                ctx.queryParamAsClass("horizon", Integer.class).getOrDefault(ForecastParams.DEFAULT_HORIZON),
                ctx.queryParam("method") == null ? null : Method.parse(ctx.queryParam("method")), ForecastParams.DEFAULT_SEED));
        ForecastResult result = new ForecastTool(gate, REST).run(p);
        if (result instanceof ForecastResult.Failed failed) {
            throw failure(failed.problem());
        }
        ctx.json(result);
    }

    /** ?analysis=buyers|rfm|clusters&referenceDate=YYYY-MM-DD plus a scope. */
    void segments(Context ctx) {
        SegmentsParams p = params(() -> {
            SegmentsParams.Analysis analysis = SegmentsParams.Analysis.parse(text(ctx, "analysis", "buyers"));
            SegmentsParams base = switch (analysis) {
                case BUYERS -> SegmentsParams.buyers(scope(ctx));
                case RFM -> SegmentsParams.rfm(scope(ctx));
                case CLUSTERS -> SegmentsParams.clusters(scope(ctx));
            };
            return base.withReferenceDate(date(ctx, "referenceDate"));
        });
        SegmentsResult result = new SegmentsTool(gate, REST).run(p);
        if (result instanceof SegmentsResult.Failed failed) {
            throw failure(failed.problem());
        }
        ctx.json(result);
    }

    /** ?weeks=8&activeWeeks=26&top=20&asOf=YYYY-MM-DD */
    void churn(Context ctx) {
        ChurnParams defaults = ChurnParams.defaults();
        ChurnParams p = params(() -> {
            int weeks = ctx.queryParamAsClass("weeks", Integer.class).getOrDefault(defaults.churnWeeks());
            int active = ctx.queryParamAsClass("activeWeeks", Integer.class).getOrDefault(Math.max(weeks, defaults.activeWeeks()));
            int top = ctx.queryParamAsClass("top", Integer.class).getOrDefault(defaults.top());
            // The record's own messages name its fields (churnWeeks); these name the API's parameters.
            if (weeks < 1 || weeks > 26) {
                throw new IllegalArgumentException("weeks must be between 1 and 26, not " + weeks);
            }
            if (active < weeks || active > 104) {
                throw new IllegalArgumentException("activeWeeks must be between weeks (" + weeks + ") and 104, not " + active);
            }
            if (top > 1_000) {
                throw new IllegalArgumentException("top must be at most 1000 over the API");
            }
            return new ChurnParams(weeks, active, top, defaults.trainingSample(), date(ctx, "asOf"), defaults.seed());
        });
        ChurnResult result = new ChurnTool(gate, REST).run(p);
        if (result instanceof ChurnResult.Failed failed) {
            throw failure(failed.problem());
        }
        ctx.json(result);
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

    /** Builds a tool's parameters; what the records refuse (a horizon of 99, an unknown band) is a 400. */
    private static <T> T params(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static Scope scope(Context ctx) {
        Scope s = Scope.all();
        for (Map.Entry<String, Dimension> p : SCOPE.entrySet()) {
            String value = ctx.queryParam(p.getKey());
            if (value != null) {
                s = s.with(p.getValue(), limited(p.getKey(), value));
            }
        }
        if (ctx.queryParam("channel") != null) {
            s = s.withChannel(Channel.parse(ctx.queryParam("channel")));
        }
        if (ctx.queryParam("ageBand") != null) {
            s = s.withAgeBand(AgeBand.parse(ctx.queryParam("ageBand")));
        }
        return s.between(date(ctx, "from"), date(ctx, "to"));
    }

    private static Map<String, Dimension> scopeParameters() {
        Map<String, Dimension> m = new LinkedHashMap<>();
        m.put("article", Dimension.ARTICLE);
        m.put("productName", Dimension.PRODUCT_NAME);
        m.put("productType", Dimension.PRODUCT_TYPE);
        m.put("productGroup", Dimension.PRODUCT_GROUP);
        m.put("department", Dimension.DEPARTMENT);
        m.put("index", Dimension.INDEX);
        m.put("indexGroup", Dimension.INDEX_GROUP);
        m.put("section", Dimension.SECTION);
        m.put("garmentGroup", Dimension.GARMENT_GROUP);
        m.put("colour", Dimension.COLOUR_GROUP);
        return m;
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2020-06-30, not '" + value + "'");
        }
    }

    private static Integer integer(Context ctx, String name) {
        String value = ctx.queryParam(name);
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static String text(Context ctx, String name, String fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? fallback : limited(name, value);
    }

    private static String limited(String name, String value) {
        if (value.length() > 200) {
            throw new IllegalArgumentException("query parameter '" + name + "' is longer than 200 characters");
        }
        return value.strip();
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("query parameter '" + name + "' is required");
        }
        return params(() -> limited(name, value));
    }

    /** A tool's problem as an API error: an unknown product or type is not found; anything else cannot be done. */
    private static ApiException failure(Problem problem) {
        int status = problem.kind() == Problem.Kind.UNKNOWN_VALUE ? 404 : 422;
        String message = problem.hint() == null ? problem.message() : problem.message() + " " + problem.hint();
        return new ApiException(status, problem.kind().code(), message);
    }

    private static void notAvailable(String tool) {
        throw new ApiException(501, "not_available", "The " + tool + " tool is not part of this build yet.");
    }
}
