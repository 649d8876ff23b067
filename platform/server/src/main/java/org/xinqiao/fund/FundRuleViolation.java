package org.xinqiao.fund;

import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

/**
 * A business rejection by the fund's rules, answered with the {@link ErrorCode} of the same name as
 * its {@link Violation}.
 */
final class FundRuleViolation extends DomainException {

    private final Violation violation;

    FundRuleViolation(Violation violation, String detail) {
        super(violation.code(), detail);
        this.violation = violation;
    }

    Violation violation() {
        return violation;
    }
}
