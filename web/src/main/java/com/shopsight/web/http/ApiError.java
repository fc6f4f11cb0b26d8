package com.shopsight.web.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every API error: a stable code and a sentence a person can act on, with the
 * details of a validation failure when there are some.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String code, String message, Object details) {
    public ApiError(String code, String message) {
        this(code, message, null);
    }
}
