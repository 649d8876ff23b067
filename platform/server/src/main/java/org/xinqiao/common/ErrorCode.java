package org.xinqiao.common;

/**
 * Every problem the API can answer with: a stable machine code, its HTTP status and a short title.
 * Clients switch on {@link #name()}; titles may change, codes may not.
 */
public enum ErrorCode {
    MALFORMED_REQUEST(400, "The request could not be read"),
    VALIDATION_FAILED(422, "The request has invalid fields"),
    UNAUTHENTICATED(401, "Authentication is required"),
    BAD_CREDENTIALS(401, "Wrong username or password"),
    TOKEN_INVALID(401, "The token is invalid or expired"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    CONFLICT(409, "The request conflicts with the current state"),
    DUPLICATE(409, "It exists already"),
    IDEMPOTENCY_KEY_REUSED(422, "The Idempotency-Key was used with a different request"),
    TOO_MANY_ATTEMPTS(429, "Too many failed attempts; wait before trying again"),
    PAYLOAD_TOO_LARGE(413, "The request is too large"),
    INTERNAL_ERROR(500, "Internal server error"),
    SERVICE_UNAVAILABLE(503, "The service is unavailable"),

    WECHAT_CODE_INVALID(401, "The WeChat login code is invalid"),
    WECHAT_CODE_USED(401, "The WeChat login code was already used"),
    WECHAT_RATE_LIMITED(503, "WeChat is limiting requests; try again shortly"),
    WECHAT_UNAVAILABLE(503, "WeChat could not be reached"),

    CONSENT_REQUIRED(422, "A guardian's consent is required for a child under the consent age"),
    INVALID_IMPORT(422, "The file could not be imported"),

    // providers, stations and appointments
    SLOT_FULL(409, "The slot is fully booked"),
    TIME_CONFLICT(409, "The child, the provider or the room is already booked at an overlapping time"),
    CANCELLATION_WINDOW_CLOSED(409, "It is too close to the start to cancel"),
    FEEDBACK_ALREADY_GIVEN(409, "Feedback was already given for this appointment"),
    NEEDS_UNAVAILABLE(503, "Needs and points cannot be reached; book without a need or try later");

    private final int status;
    private final String title;

    ErrorCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
