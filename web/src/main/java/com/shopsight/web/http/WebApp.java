package com.shopsight.web.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.shopsight.agent.Agent;
import com.shopsight.agent.answer.Answer;
import com.shopsight.web.slack.Hooks;
import com.shopsight.web.view.JteRenderer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: the chat page, the answer and schema pages, the JSON API, and the signed
 * endpoints for Slack and other chat tools. Security headers, the token, the rate limit and the
 * signature checks are plugins; every failure becomes a status and a {@code {"code", "message"}}
 * body (or a page, for a person's browser) here, in one place.
 */
public final class WebApp {
    private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

    private WebApp() {}

    /** The server for {@code backend}, configured by {@code config}; call {@code start()} on it. */
    public static Javalin create(WebConfig config, Backend backend) {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        AnswerIndex index = new AnswerIndex(backend.conversations());
        // The signed endpoints are authenticated by their signatures instead: Slack cannot send a bearer token.
        TokenAuthPlugin auth = config.apiToken() == null ? null : new TokenAuthPlugin(config.apiToken(), Hooks.PATHS);
        PageController pages = new PageController(backend, index, auth, json);
        AskController ask = new AskController(backend, index, new AnswerCache(config.answerCache(), backend.conversations()));
        SqlController sql = new SqlController(backend.gate());
        ToolsController tools = new ToolsController(backend.gate());
        ProductToolsController products = new ProductToolsController(backend);
        InfoController info = new InfoController(backend);
        // Answers given in Slack or to a webhook are indexed too, so their links to /answers/{id} work at once.
        Agent indexed = (question, listener) -> {
            Answer a = backend.agent().ask(question, listener);
            index.add(a);
            return a;
        };
        Hooks hooks = Hooks.create(config.hooks(), indexed, json);

        return Javalin.create(cfg -> {
            cfg.jetty.host = config.host();
            cfg.jetty.port = config.port();
            cfg.http.maxRequestSize = config.maxBodyBytes();
            cfg.http.prefer405over404 = true;
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.fileRenderer(new JteRenderer());
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=600");
            });

            cfg.registerPlugin(SecurityHeaders.plugin());
            // The rate limit comes before the token check, so guessing tokens is limited too.
            if (config.requestsPerMinute() > 0) {
                cfg.registerPlugin(new ClientRateLimitPlugin(config.requestsPerMinute()));
            }
            if (auth != null) {
                cfg.registerPlugin(auth);
            }
            cfg.registerPlugin(new JsonOnlyPlugin());
            cfg.registerPlugin(hooks.signatures());
            cfg.events.serverStopping(hooks::close);

            cfg.routes.get("/", pages::chat);
            cfg.routes.get("/c/{id}", pages::conversation);
            cfg.routes.get("/answers/{id}", pages::answer);
            cfg.routes.get("/schema", pages::schema);
            cfg.routes.get("/login", pages::loginForm);
            cfg.routes.post("/login", pages::login);
            cfg.routes.post("/logout", pages::logout);
            cfg.routes.get("/eval/latest", pages::evalReport);

            cfg.routes.post("/api/ask", ask::ask);
            cfg.routes.post("/api/ask/stream", ask::stream);
            cfg.routes.post("/api/sql", sql::run);
            cfg.routes.get("/api/forecast", tools::forecast);
            cfg.routes.get("/api/segments", tools::segments);
            cfg.routes.get("/api/churn", tools::churn);
            cfg.routes.get("/api/rules", products::rules);
            cfg.routes.get("/api/search", products::search);
            cfg.routes.get("/api/report", products::report);
            cfg.routes.get("/api/schema", info::schema);
            cfg.routes.get("/api/health", info::health);

            cfg.routes.post(Hooks.SLASH_COMMAND, hooks.slashCommand());
            cfg.routes.post(Hooks.EVENTS, hooks.events());
            cfg.routes.post(Hooks.WEBHOOK, hooks.webhook());

            cfg.routes.exception(ApiException.class, (e, ctx) -> fail(ctx, pages, e.status(), e.code(), e.getMessage(), null));
            cfg.routes.exception(ValidationException.class, (e, ctx) -> fail(ctx, pages, 400, "bad_request",
                    firstMessage(e), details(e)));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, pages, e.getStatus(),
                    codeOf(e.getStatus()), messageOf(e), null));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ApiError error = internalError(e);
                fail(ctx, pages, 500, error.code(), error.message(), null);
            });
        });
    }

    /** What a caller is told about a failure the server did not expect (the log has the rest). */
    static ApiError internalError(Exception e) {
        return new ApiError("internal_error", "The server failed to answer (" + e.getClass().getSimpleName()
                + "); the server log has the details.");
    }

    private static void fail(Context ctx, PageController pages, int status, String code, String message, Object details) {
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api") || ctx.path().startsWith("/slack/")) {
            ctx.status(status).json(new ApiError(code, message, details));
        } else {
            pages.errorPage(ctx, status, message);
        }
    }

    private static String firstMessage(ValidationException e) {
        for (Map.Entry<String, List<ValidationError<Object>>> field : e.getErrors().entrySet()) {
            for (ValidationError<Object> error : field.getValue()) {
                return describe(field.getKey(), error);
            }
        }
        return "The request is not valid.";
    }

    private static Map<String, List<String>> details(ValidationException e) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        e.getErrors().forEach((field, errors) -> out.put(field, errors.stream().map(err -> describe(field, err)).toList()));
        return out;
    }

    /** Javalin names a body or a parameter it could not read "DESERIALIZATION_FAILED" or "TYPE_CONVERSION_FAILED"; say what that means. */
    private static String describe(String field, ValidationError<Object> error) {
        boolean unreadable = "DESERIALIZATION_FAILED".equals(error.getMessage()) || "TYPE_CONVERSION_FAILED".equals(error.getMessage());
        if (unreadable && !"REQUEST_BODY".equals(field)) {
            return "'" + error.value + "' is not a valid value for " + field;
        }
        if (unreadable) {
            return "The body is not the JSON object this endpoint takes"
                    + (error.exception() != null && error.exception().getMessage() != null
                            ? ": " + error.exception().getMessage().lines().findFirst().orElse("") : ".");
        }
        return error.getMessage();
    }

    private static String codeOf(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 429 -> "rate_limited";
            default -> status >= 500 ? "internal_error" : "error";
        };
    }

    private static String messageOf(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take that method.";
            case 413 -> "The request body is too large.";
            default -> e.getMessage();
        };
    }
}
