package com.shopsight.web.slack;

import com.shopsight.web.http.ApiException;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.plugin.Plugin;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Guards the signed endpoints before any handler runs, in this order: the endpoint is on (its
 * secret is set), the body is within its limit (by Content-Length before reading, then by what
 * was read), the timestamp is within five minutes, the signature is the body's, and the
 * signature has not been accepted before. Only then does the handler see the request; anything
 * else is refused here with 404, 413, 401 or 503 and nothing runs.
 */
final class SignedRequests extends Plugin<Void> {
    private static final Logger LOG = LoggerFactory.getLogger(SignedRequests.class);
    private static final String VERIFIED = "shopsight.signature-verified";

    /**
     * One signed endpoint.
     *
     * @param path the exact path
     * @param timestampHeader the header with the Unix seconds the request was signed at
     * @param signatureHeader the header with the {@code v0=...} signature
     * @param signature the scheme with this endpoint's secret, or null when the endpoint is off
     * @param offMessage what a caller is told while the endpoint is off
     * @param maxBytes the largest body accepted
     * @param accepted the signatures accepted so far, so none is accepted twice
     */
    record Endpoint(String path, String timestampHeader, String signatureHeader, V0Signature signature, String offMessage,
            long maxBytes, SeenSet accepted) {
        Endpoint {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(timestampHeader, "timestampHeader");
            Objects.requireNonNull(signatureHeader, "signatureHeader");
            Objects.requireNonNull(offMessage, "offMessage");
            Objects.requireNonNull(accepted, "accepted");
        }
    }

    private final List<Endpoint> endpoints;
    private final Clock clock;

    SignedRequests(List<Endpoint> endpoints, Clock clock) {
        this.endpoints = List.copyOf(endpoints);
        this.clock = clock;
    }

    @Override
    public void onInitialize(JavalinState state) {
        for (Endpoint e : endpoints) {
            state.routes.before(e.path(), ctx -> check(e, ctx));
        }
    }

    private void check(Endpoint e, Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return; // The router answers 405; there is nothing to verify.
        }
        if (e.signature() == null) {
            throw new ApiException(404, "not_configured", e.offMessage());
        }
        if (ctx.contentLength() > e.maxBytes()) {
            throw tooLarge(e);
        }
        byte[] body = ctx.bodyAsBytes();
        if (body.length > e.maxBytes()) {
            throw tooLarge(e);
        }
        String signature = ctx.header(e.signatureHeader());
        V0Signature.Check check = e.signature().check(ctx.header(e.timestampHeader()), signature, body);
        if (check instanceof V0Signature.Invalid invalid) {
            LOG.warn("Refused {} from {}: {}", e.path(), ctx.ip(), invalid.failure());
            throw refusal(e, invalid.failure());
        }
        long expires = ((V0Signature.Valid) check).expiresAtSecond();
        SeenSet.Outcome seen = e.accepted().add(signature.strip(), expires, clock.instant().getEpochSecond());
        if (seen == SeenSet.Outcome.REPEAT) {
            LOG.warn("Refused {} from {}: a replayed signature", e.path(), ctx.ip());
            throw new ApiException(401, "replayed", "This request has been received before; a signed request is accepted once.");
        }
        if (seen == SeenSet.Outcome.FULL) {
            ctx.header("Retry-After", "60");
            throw new ApiException(503, "busy", "Too many signed requests in the last minutes; try again in a minute.");
        }
        ctx.attribute(VERIFIED, e.path());
    }

    /**
     * Stops a handler that runs without its check having passed (a route this plugin's
     * before-handler does not match, were the two ever to differ): a second lock, not the first.
     */
    static void requireVerified(Context ctx, String path) {
        if (!path.equals(ctx.attribute(VERIFIED))) {
            throw new ApiException(401, "unsigned", "This endpoint takes signed requests only.");
        }
    }

    private static ApiException tooLarge(Endpoint e) {
        return new ApiException(413, "too_large", "The request body is larger than " + e.maxBytes() + " bytes.");
    }

    private static ApiException refusal(Endpoint e, V0Signature.Failure failure) {
        return switch (failure) {
            case UNSIGNED -> new ApiException(401, "unsigned",
                    "The request must be signed: send the headers " + e.timestampHeader() + " and " + e.signatureHeader() + ".");
            case MALFORMED -> new ApiException(401, "bad_timestamp", e.timestampHeader() + " must be the Unix time in seconds.");
            case STALE -> new ApiException(401, "stale",
                    "The request's timestamp is more than 5 minutes from the server's clock; sign it again with the current time.");
            case FORGED -> new ApiException(401, "bad_signature", "The signature does not match the request body.");
        };
    }
}
