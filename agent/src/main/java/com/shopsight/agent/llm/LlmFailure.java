package com.shopsight.agent.llm;

import dev.langchain4j.exception.HttpException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

/**
 * Why the LLM could not answer, read from what langchain4j threw and what the answer's
 * session counted, with the notice a user reads when the offline planner answers instead.
 *
 * @param kind what went wrong
 * @param detail the specifics: an HTTP status, a limit, an error message (never the API key)
 */
record LlmFailure(Kind kind, String detail) {
    /** What went wrong. */
    enum Kind { UNREACHABLE, REFUSED_KEY, RATE_LIMITED, SERVER_ERROR, HTTP_ERROR, TIMEOUT, BAD_ARGUMENTS, TOOL_LOOP,
        TOOL_BROKE, SQL_ATTEMPTS, OTHER }

    LlmFailure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** Reads {@code error}: the first cause in its chain that says what happened decides. */
    static LlmFailure of(Throwable error, Session session, LlmConfig config) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StopAnswer s) {
                return new LlmFailure(switch (s.reason()) {
                    case SQL_ATTEMPTS -> Kind.SQL_ATTEMPTS;
                    case BAD_ARGUMENTS -> Kind.BAD_ARGUMENTS;
                    case TOOL_BROKE -> Kind.TOOL_BROKE;
                }, s.getMessage());
            }
            if (t instanceof HttpException h) {
                int status = h.statusCode();
                Kind kind = status == 401 || status == 403 ? Kind.REFUSED_KEY : status == 429 ? Kind.RATE_LIMITED
                        : status >= 500 ? Kind.SERVER_ERROR : status == 408 ? Kind.TIMEOUT : Kind.HTTP_ERROR;
                return new LlmFailure(kind, "HTTP " + status);
            }
            if (t instanceof ConnectException) {
                return new LlmFailure(Kind.UNREACHABLE, "connection refused");
            }
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return new LlmFailure(Kind.UNREACHABLE, "unknown host");
            }
            if (t instanceof HttpTimeoutException || t instanceof dev.langchain4j.exception.TimeoutException) {
                return new LlmFailure(Kind.TIMEOUT, "no reply within " + seconds(config.timeout().toMillis()));
            }
            if (t instanceof TimeoutException) {
                return new LlmFailure(Kind.TIMEOUT, "no answer within " + seconds(config.answerTimeout().toMillis()));
            }
        }
        // langchain4j stops a tool loop with a plain RuntimeException: the session's count says it was one.
        if (session.toolCallingResponses() >= config.maxRoundTrips()) {
            return new LlmFailure(Kind.TOOL_LOOP, session.toolCallingResponses() + " rounds of tool calls");
        }
        String message = error.getMessage();
        return new LlmFailure(Kind.OTHER, error.getClass().getSimpleName()
                + (message == null ? "" : ": " + (message.length() > 200 ? message.substring(0, 200) + "..." : message)));
    }

    /** What the user reads when the offline planner answered instead. */
    String fallbackNotice(LlmConfig config) {
        String why = switch (kind) {
            case UNREACHABLE -> "The LLM at " + config.endpoint() + " could not be reached (" + detail + ").";
            case REFUSED_KEY -> "The LLM at " + config.endpoint() + " refused the API key (" + detail
                    + "); check OPENAI_API_KEY.";
            case RATE_LIMITED -> "The LLM is limiting requests (" + detail + "); try again in a moment.";
            case SERVER_ERROR -> "The LLM failed with a server error (" + detail + ").";
            case HTTP_ERROR -> "The LLM rejected the request (" + detail + "); check OPENAI_BASE_URL and SHOPSIGHT_MODEL.";
            case TIMEOUT -> "The LLM timed out (" + detail + ").";
            case BAD_ARGUMENTS -> "The LLM kept sending tool arguments that could not be read (" + detail + ").";
            case TOOL_LOOP -> "The LLM kept calling tools without answering (" + detail + ", the limit is "
                    + config.maxRoundTrips() + ").";
            case TOOL_BROKE -> "A tool failed while the LLM was using it (" + detail + ").";
            case SQL_ATTEMPTS -> "The LLM's queries kept failing (" + detail + ").";
            case OTHER -> "The LLM call failed (" + detail + ").";
        };
        return why + " The offline planner answered instead.";
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
