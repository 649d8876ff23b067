package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpendingCategoryTest {

    @Test
    void theFundPaysForEducationPsychologicalAndLivingServicesOnly() {
        assertArrayEquals(new SpendingCategory[] {
                SpendingCategory.EDUCATION, SpendingCategory.PSYCHOLOGICAL, SpendingCategory.LIVING},
                SpendingCategory.values());
        assertEquals(SpendingCategory.PSYCHOLOGICAL, SpendingCategory.parse("PSYCHOLOGICAL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"MEDICAL", "ADMINISTRATION", "education", ""})
    void anyOtherCategoryIsRefused(String category) {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class, () -> SpendingCategory.parse(category));

        assertEquals(Violation.CATEGORY_NOT_ALLOWED, refusal.violation());
    }

    @Test
    void aMissingCategoryIsRefused() {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class, () -> SpendingCategory.parse(null));

        assertEquals(Violation.CATEGORY_NOT_ALLOWED, refusal.violation());
    }
}
