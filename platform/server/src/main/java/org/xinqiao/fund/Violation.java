package org.xinqiao.fund;

/**
 * Why the fund's rules refused a request. The names are the problem codes the API will answer with
 * once they join {@code ErrorCode} (see NEEDED_ERROR_CODES.txt).
 */
enum Violation {
    CATEGORY_NOT_ALLOWED,
    CIVIL_AFFAIRS_MEMBER_CANNOT_DRAFT,
    NOT_A_COMMITTEE_MEMBER,
    DRAFTER_CANNOT_VOTE,
    PLAN_NOT_APPROVED,
    PLAN_OUT_OF_QUARTER,
    EXCEEDS_PLAN_REMAINDER,
    INSUFFICIENT_FUND_BALANCE
}
