package org.xinqiao.fund;

import org.xinqiao.common.ErrorCode;

/** Why the fund's rules refused a request; each is answered with the problem code of its name. */
enum Violation {
    CATEGORY_NOT_ALLOWED(ErrorCode.CATEGORY_NOT_ALLOWED),
    CIVIL_AFFAIRS_MEMBER_CANNOT_DRAFT(ErrorCode.CIVIL_AFFAIRS_MEMBER_CANNOT_DRAFT),
    NOT_A_COMMITTEE_MEMBER(ErrorCode.NOT_A_COMMITTEE_MEMBER),
    DRAFTER_CANNOT_VOTE(ErrorCode.DRAFTER_CANNOT_VOTE),
    PLAN_NOT_APPROVED(ErrorCode.PLAN_NOT_APPROVED),
    PLAN_OUT_OF_QUARTER(ErrorCode.PLAN_OUT_OF_QUARTER),
    EXCEEDS_PLAN_REMAINDER(ErrorCode.EXCEEDS_PLAN_REMAINDER),
    INSUFFICIENT_FUND_BALANCE(ErrorCode.INSUFFICIENT_FUND_BALANCE);

    private final ErrorCode code;

    Violation(ErrorCode code) {
        this.code = code;
    }

    ErrorCode code() {
        return code;
    }
}
