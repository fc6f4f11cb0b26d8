package com.shopsight.web.http;

/**
 * A request the API cannot serve, with the HTTP status, the stable code and the message a
 * caller sees as {@code {"code", "message"}}. The one exception handlers throw on purpose;
 * {@link WebApp} maps it, and every other failure, in one place.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
