package org.xinqiao.fund;

import org.xinqiao.common.Quarter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.xinqiao.fund.FundFixtures.cny;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A disbursement needs an approved plan, a day in its quarter, and enough left in the plan and the account. */
class DisbursementTest {

    private static final Quarter Q1_2027 = Quarter.parse("2027-Q1");
    private static final LocalDate MID_FEBRUARY_2027 = LocalDate.parse("2027-02-15");

    private final SpendingPolicy policy = new SpendingPolicy();
    private final PlanStanding approvedWithTenThousandLeft = new PlanStanding(Q1_2027, true, cny("10000.00"));

    @Test
    void aDisbursementWithinPlanAndBalanceIsPaidAndSaysWhatRemains() {
        Disbursement paid = policy.disbursement(approvedWithTenThousandLeft, cny("4000.00"), cny("50000.00"),
                MID_FEBRUARY_2027);

        // plan 10,000.00 − 4,000.00 = 6,000.00; account 50,000.00 − 4,000.00 = 46,000.00
        assertEquals(new Disbursement(cny("4000.00"), cny("6000.00"), cny("46000.00")), paid);
    }

    @Test
    void thePlansWholeRemainderMayBePaid() {
        Disbursement paid = policy.disbursement(approvedWithTenThousandLeft, cny("10000.00"), cny("50000.00"),
                MID_FEBRUARY_2027);

        assertEquals(cny("0.00"), paid.planRemainingAfter());
    }

    @Test
    void oneFenAboveThePlansRemainderIsRefused() {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class, () -> policy.disbursement(
                approvedWithTenThousandLeft, cny("10000.01"), cny("50000.00"), MID_FEBRUARY_2027));

        assertEquals(Violation.EXCEEDS_PLAN_REMAINDER, refusal.violation());
    }

    @Test
    void theWholeBalanceMayBePaid() {
        Disbursement paid = policy.disbursement(approvedWithTenThousandLeft, cny("3000.00"), cny("3000.00"),
                MID_FEBRUARY_2027);

        assertEquals(cny("0.00"), paid.balanceAfter());
    }

    @Test
    void oneFenAboveTheAccountBalanceIsRefusedEvenWithinThePlan() {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class, () -> policy.disbursement(
                approvedWithTenThousandLeft, cny("3000.01"), cny("3000.00"), MID_FEBRUARY_2027));

        assertEquals(Violation.INSUFFICIENT_FUND_BALANCE, refusal.violation());
    }

    @Test
    void aPlanNotYetApprovedPaysNothing() {
        PlanStanding pending = new PlanStanding(Q1_2027, false, cny("10000.00"));

        FundRuleViolation refusal = assertThrows(FundRuleViolation.class,
                () -> policy.disbursement(pending, cny("100.00"), cny("50000.00"), MID_FEBRUARY_2027));

        assertEquals(Violation.PLAN_NOT_APPROVED, refusal.violation());
    }

    @ParameterizedTest(name = "a 2027-Q1 plan pays nothing on {0}")
    @ValueSource(strings = {"2026-12-31", "2027-04-01", "2028-02-15"})
    void aPlanPaysNothingOutsideItsQuarter(LocalDate day) {
        FundRuleViolation refusal = assertThrows(FundRuleViolation.class,
                () -> policy.disbursement(approvedWithTenThousandLeft, cny("100.00"), cny("50000.00"), day));

        assertEquals(Violation.PLAN_OUT_OF_QUARTER, refusal.violation());
    }

    @ParameterizedTest(name = "a 2027-Q1 plan pays on {0}")
    @ValueSource(strings = {"2027-01-01", "2027-03-31"})
    void aPlanPaysOnTheFirstAndLastDayOfItsQuarter(LocalDate day) {
        Disbursement paid = policy.disbursement(approvedWithTenThousandLeft, cny("100.00"), cny("50000.00"), day);

        assertEquals(cny("100.00"), paid.amount());
    }

    @ParameterizedTest(name = "amount {0}")
    @CsvSource({"0.00", "-1.00", "0.001"})
    void aDisbursementThatIsNotAPositiveNumberOfFenIsTheCallersMistake(String amount) {
        assertThrows(IllegalArgumentException.class, () -> policy.disbursement(
                approvedWithTenThousandLeft, cny(amount), cny("50000.00"), MID_FEBRUARY_2027));
    }
}
