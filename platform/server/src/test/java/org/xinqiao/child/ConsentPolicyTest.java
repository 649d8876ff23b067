package org.xinqiao.child;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsentPolicyTest {

    private final ConsentPolicy policy = new ConsentPolicy(14);

    @Test
    void aChildOneDayBeforeTheFourteenthBirthdayNeedsConsent() {
        assertTrue(policy.consentRequired(LocalDate.of(2013, 6, 2), LocalDate.of(2027, 6, 1)));
    }

    @Test
    void aChildOnTheFourteenthBirthdayNeedsNone() {
        assertFalse(policy.consentRequired(LocalDate.of(2013, 6, 1), LocalDate.of(2027, 6, 1)));
    }

    @Test
    void aLeapDayChildIsStillThirteenOnTwentyEighthFebruaryOfACommonYear() {
        // born 29 Feb 2012; 2026 is a common year, so the fourteenth birthday counts from 1 March
        assertTrue(policy.consentRequired(LocalDate.of(2012, 2, 29), LocalDate.of(2026, 2, 28)));
        assertFalse(policy.consentRequired(LocalDate.of(2012, 2, 29), LocalDate.of(2026, 3, 1)));
    }
}
