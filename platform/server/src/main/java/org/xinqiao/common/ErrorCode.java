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

    // plugin: installing plugin files, calls into plugins, webhooks, sales sync
    PLUGIN_FILE_INVALID(422, "The file is not a usable plugin"),
    PLUGIN_MANIFEST_MISSING(422, "The plugin file has no PF4J manifest"),
    PLUGIN_REQUIRES_UNMET(422, "The plugin needs a plugin API this server does not offer"),
    PLUGIN_EXTENSION_INDEX_MISSING(422, "The plugin file has no extension index"),
    PLUGIN_BUNDLES_API(422, "The plugin file bundles classes the server provides"),
    PLUGIN_DISABLED(409, "The plugin is disabled"),
    PLUGIN_CAPABILITY_UNSUPPORTED(409, "The plugin does not offer this operation"),
    PLUGIN_UNAVAILABLE(503, "The plugin is not running"),
    PLUGIN_CIRCUIT_OPEN(503, "The plugin failed repeatedly; calls to it are paused"),
    PLUGIN_FAILED(502, "The plugin failed"),
    PLUGIN_TIMEOUT(504, "The plugin did not answer in time"),
    INVALID_SIGNATURE(401, "The message's signature is invalid"),
    SYNC_IN_PROGRESS(409, "A sales sync of this partner is already running"),
    FUND_INTAKE_UNAVAILABLE(503, "Fund intake is not available");

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
