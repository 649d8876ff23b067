package org.xinqiao.fund;

/**
 * A business rejection by the fund's rules. It stays local to the fund until its codes are in
 * {@code ErrorCode}; the service maps {@link #violation()} to a {@code DomainException} there.
 */
final class FundRuleViolation extends RuntimeException {

    private final Violation violation;

    FundRuleViolation(Violation violation, String detail) {
        super(detail, null, false, false);
        this.violation = violation;
    }

    Violation violation() {
        return violation;
    }
}
