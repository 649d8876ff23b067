package org.xinqiao.fund;

import java.util.Arrays;

/** The only services of left-behind children the fund may pay for (RULES.md §5, Spending). */
public enum SpendingCategory {
    EDUCATION,
    PSYCHOLOGICAL,
    LIVING;

    /** Reads a category as a client sends it; anything else is a rejection, not a bad request. */
    static SpendingCategory parse(String name) {
        return Arrays.stream(values())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new FundRuleViolation(Violation.CATEGORY_NOT_ALLOWED,
                        "the fund pays only for " + Arrays.toString(values()) + ", not " + name));
    }
}
