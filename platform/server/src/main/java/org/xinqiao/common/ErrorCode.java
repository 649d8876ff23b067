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

    // needs database: census rounds and records, need declarations
    CENSUS_ROUND_CLOSED(409, "The census round no longer takes records"),
    CENSUS_RECORD_EXISTS(409, "The child is already assessed in this round; send a revision to change it"),
    CENSUS_APPROVAL_CONFLICT(409, "The census round cannot take this approval now"),
    CHILD_NOT_IN_VILLAGE(422, "The child is not registered in the round's village"),
    NEED_STATUS_CONFLICT(409, "The need cannot move to that status from its current one"),
    // points: balances, claims, rewards and redemptions
    INSUFFICIENT_POINTS(409, "The points balance is too low"),
    OUT_OF_STOCK(409, "The reward is out of stock"),
    LIMIT_REACHED(409, "The per-account limit of this reward is reached"),
    REWARD_NOT_AVAILABLE(409, "The reward cannot be redeemed now"),
    CLAIM_ALREADY_DECIDED(409, "The claim was already decided the other way"),
    REDEMPTION_NOT_CANCELLABLE(409, "The redemption is fulfilled or closed and cannot change"),
    // fund: the public-welfare fund's spending and accrual rules (RULES.md §5)
    CATEGORY_NOT_ALLOWED(422, "The fund pays only for EDUCATION, PSYCHOLOGICAL or LIVING services"),
    CIVIL_AFFAIRS_MEMBER_CANNOT_DRAFT(422, "The civil-affairs member cannot draft a plan it must approve"),
    NOT_A_COMMITTEE_MEMBER(403, "Only members of the partner's oversight committee vote"),
    DRAFTER_CANNOT_VOTE(403, "The drafter of a spending plan cannot vote on it"),
    PLAN_NOT_APPROVED(409, "The spending plan is not approved"),
    PLAN_NOT_OPEN(409, "The spending plan is no longer open for votes"),
    PLAN_OUT_OF_QUARTER(409, "The spending plan is not valid in this quarter"),
    EXCEEDS_PLAN_REMAINDER(409, "The disbursement exceeds what the plan has left"),
    INSUFFICIENT_FUND_BALANCE(409, "The fund account's balance is not enough"),
    YEAR_NOT_CLOSED(409, "The year is not over yet"),
    // schedule: an administrator's cron or time zone that Quartz cannot run, or that never fires
    INVALID_CRON(422, "The schedule's cron expression or time zone is not valid"),
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
    // providers, stations and appointments
    SLOT_FULL(409, "The slot is fully booked"),
    TIME_CONFLICT(409, "The child, the provider or the room is already booked at an overlapping time"),
    CANCELLATION_WINDOW_CLOSED(409, "It is too close to the start to cancel"),
    FEEDBACK_ALREADY_GIVEN(409, "Feedback was already given for this appointment");

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
