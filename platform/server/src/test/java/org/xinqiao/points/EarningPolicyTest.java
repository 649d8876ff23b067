package org.xinqiao.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

class EarningPolicyTest {

    private final EarningPolicy policy = new EarningPolicy(EarningRules.defaults());

    private static BigDecimal hours(String value) {
        return new BigDecimal(value);
    }

    private String refusedField(Activity activity, String hours, Integer units) {
        DomainException refused = assertThrows(DomainException.class,
                () -> policy.points(activity, hours == null ? null : hours(hours), units));
        assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
        return refused.errors().get(0).field();
    }

    @Test
    void twoHoursOfTutoringEarnTwenty() {
        assertEquals(20, policy.points(Activity.TUTORING, hours("2"), null));
    }

    @Test
    void aQuarterHourOfTutoringIsTwoPointFivePointsRoundedHalfUpToThree() {
        assertEquals(3, policy.points(Activity.TUTORING, hours("0.25"), null));
    }

    @Test
    void onePointTwentyFourHoursOfTutoringIsTwelvePointFourRoundedDownToTwelve() {
        assertEquals(12, policy.points(Activity.TUTORING, hours("1.24"), null));
    }

    @Test
    void threeHoursOfEventVolunteeringEarnFifteen() {
        assertEquals(15, policy.points(Activity.EVENT_VOLUNTEERING, hours("3"), null));
    }

    @Test
    void aTenthOfAnHourOfVolunteeringIsHalfAPointAndRoundsUpToOne() {
        assertEquals(1, policy.points(Activity.EVENT_VOLUNTEERING, hours("0.10"), null));
    }

    @Test
    void hoursThatEarnLessThanHalfAPointAreRefused() {
        assertEquals("hours", refusedField(Activity.EVENT_VOLUNTEERING, "0.09", null));
    }

    @Test
    void oneCensusRecordEarnsFiveAndFourRecordsTwenty() {
        assertEquals(5, policy.points(Activity.CENSUS_RECORD, null, null));
        assertEquals(20, policy.points(Activity.CENSUS_RECORD, null, 4));
    }

    @Test
    void oneIncomeCaseEarnsFifty() {
        assertEquals(50, policy.points(Activity.INCOME_CASE, null, 1));
    }

    @Test
    void twentyFourHoursIsTheMostOneClaimCarries() {
        assertEquals(240, policy.points(Activity.TUTORING, hours("24"), null));
        assertEquals("hours", refusedField(Activity.TUTORING, "24.01", null));
    }

    @Test
    void zeroOrNegativeHoursAreRefused() {
        assertEquals("hours", refusedField(Activity.TUTORING, "0", null));
        assertEquals("hours", refusedField(Activity.TUTORING, "-1", null));
    }

    @Test
    void hoursWithThreeDecimalsAreRefusedButTrailingZerosAreFine() {
        assertEquals("hours", refusedField(Activity.TUTORING, "1.125", null));
        assertEquals(15, policy.points(Activity.TUTORING, hours("1.500"), null));
    }

    @Test
    void anHourlyActivityNeedsHoursAndTakesNoUnits() {
        assertEquals("hours", refusedField(Activity.TUTORING, null, null));
        assertEquals("units", refusedField(Activity.TUTORING, "1", 2));
    }

    @Test
    void aPerUnitActivityTakesNoHoursAndAtMostAHundredUnits() {
        assertEquals("hours", refusedField(Activity.CENSUS_RECORD, "1", null));
        assertEquals("units", refusedField(Activity.CENSUS_RECORD, null, 0));
        assertEquals(500, policy.points(Activity.CENSUS_RECORD, null, 100));
        assertEquals("units", refusedField(Activity.CENSUS_RECORD, null, 101));
    }

    @Test
    void aFortyMinuteSessionIsStoredAsPointSixSevenHoursAndEarnsSeven() {
        BigDecimal stored = EarningPolicy.hoursOf(new BigDecimal(40).divide(new BigDecimal(60), 10, java.math.RoundingMode.HALF_UP));

        assertEquals(hours("0.67"), stored);
        assertEquals(7, policy.points(Activity.TUTORING, stored, null));
    }
}
