package org.xinqiao.fund;

import org.xinqiao.common.Quarter;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlanDraftingTest {

    private static final long CIVIL_AFFAIRS = 1;
    private static final long PARTNER_STAFF = 9;
    private static final LocalDate MID_FEBRUARY_2027 = LocalDate.parse("2027-02-15");

    private final Committee committee = new Committee(Set.of(CIVIL_AFFAIRS, 2L, 3L, 4L), CIVIL_AFFAIRS);
    private final SpendingPolicy policy = new SpendingPolicy();

    @Test
    void aPlanMayBeDraftedForTheCurrentQuarterOrALaterOne() {
        assertDoesNotThrow(
                () -> policy.checkDraft(committee, PARTNER_STAFF, Quarter.parse("2027-Q1"), MID_FEBRUARY_2027));
        assertDoesNotThrow(
                () -> policy.checkDraft(committee, PARTNER_STAFF, Quarter.parse("2027-Q2"), MID_FEBRUARY_2027));
    }

    @Test
    void aPlanForAQuarterThatIsOverIsRefused() {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class,
                () -> policy.checkDraft(committee, PARTNER_STAFF, Quarter.parse("2026-Q4"), MID_FEBRUARY_2027));

        assertEquals(Violation.PLAN_OUT_OF_QUARTER, refusal.violation());
    }

    @Test
    void theCivilAffairsMemberCannotDraftAPlanItWouldHaveToApproveButCannotVoteOn() {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class,
                () -> policy.checkDraft(committee, CIVIL_AFFAIRS, Quarter.parse("2027-Q1"), MID_FEBRUARY_2027));

        assertEquals(Violation.CIVIL_AFFAIRS_MEMBER_CANNOT_DRAFT, refusal.violation());
    }
}
