package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinqiao.fund.FundFixtures.cny;
import static org.xinqiao.fund.FundFixtures.theDefaultMarginalPolicy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Marginal mode: the first 10,000,000 take 8 %, the next 40,000,000 take 5 %, the rest 3 %; after an
 * excellent year every slice is one point lower; the exact sum is rounded once, HALF_UP to the fen.
 */
class MarginalModeAccrualTest {

    private final AccrualPolicy policy = theDefaultMarginalPolicy();

    @ParameterizedTest(name = "sales {0}, excellent last year {1}: accrual {2}")
    @CsvSource({
            // 9,999,999.99 × 0.08 = 799,999.9992 → 800,000.00
            "9999999.99,  false, 800000.00",
            // 9,999,999.99 × 0.07 = 699,999.9993 → 700,000.00
            "9999999.99,  true,  700000.00",
            // 10,000,000 × 0.08 = 800,000.00
            "10000000.00, false, 800000.00",
            // 10,000,000 × 0.07 = 700,000.00
            "10000000.00, true,  700000.00",
            // 800,000 + 0.01 × 0.05 = 800,000.0005 → 800,000.00
            "10000000.01, false, 800000.00",
            // 700,000 + 0.01 × 0.04 = 700,000.0004 → 700,000.00
            "10000000.01, true,  700000.00",
            // 800,000 + 39,999,999.99 × 0.05 = 800,000 + 1,999,999.9995 = 2,799,999.9995 → 2,800,000.00
            "49999999.99, false, 2800000.00",
            // 700,000 + 39,999,999.99 × 0.04 = 700,000 + 1,599,999.9996 = 2,299,999.9996 → 2,300,000.00
            "49999999.99, true,  2300000.00",
            // 800,000 + 40,000,000 × 0.05 = 2,800,000.00
            "50000000.00, false, 2800000.00",
            // 700,000 + 40,000,000 × 0.04 = 2,300,000.00
            "50000000.00, true,  2300000.00",
            // 2,800,000 + 10,000,000 × 0.03 = 3,100,000.00
            "60000000.00, false, 3100000.00",
            // 2,300,000 + 10,000,000 × 0.02 = 2,500,000.00
            "60000000.00, true,  2500000.00",
            // 800,000 + 0.10 × 0.05 = 800,000.005: exactly half a fen goes up → 800,000.01
            "10000000.10, false, 800000.01",
            "0.00,        false, 0.00",
    })
    void eachSliceTakesItsOwnBandsRate(String sales, boolean excellent, String expected) {
        BigDecimal accrual = policy.annualAccrual(cny(sales), excellent);

        assertEquals(cny(expected), accrual);
    }

    @Test
    void oneFenMoreThanTenMillionAddsNoMoreThanAFenInMarginalMode() {
        BigDecimal atTheBoundary = policy.annualAccrual(cny("10000000.00"), false);

        BigDecimal oneFenAbove = policy.annualAccrual(cny("10000000.01"), false);

        // 800,000.00 and 800,000.0005 → 800,000.00: no cliff
        assertEquals(cny("0.00"), oneFenAbove.subtract(atTheBoundary));
    }

    @Test
    void theSumOfTheSlicesIsRoundedOnceNotSliceBySlice() {
        // A table with a boundary at 0.05 so that both slices carry less than half a fen each.
        FundRules tiny = new FundRules(List.of(
                new Band(BigDecimal.ZERO, true, new BigDecimal("0.08")),
                new Band(new BigDecimal("0.05"), false, new BigDecimal("0.05"))),
                AccrualMode.MARGINAL, new BigDecimal("0.01"), new BigDecimal("0.005"), new BigDecimal("0.50"));

        BigDecimal accrual = new AccrualPolicy(tiny).annualAccrual(cny("0.13"), false);

        // 0.05 × 0.08 = 0.004 and 0.08 × 0.05 = 0.004: each alone rounds to 0.00,
        // together 0.008 → 0.01
        assertEquals(cny("0.01"), accrual);
    }

    @Test
    void aDiscountLargerThanASlicesRateLeavesThatSliceAtZeroNotNegative() {
        FundRules generous = new FundRules(FundRules.defaults().bands(), AccrualMode.MARGINAL,
                new BigDecimal("0.05"), new BigDecimal("0.005"), new BigDecimal("0.50"));

        BigDecimal accrual = new AccrualPolicy(generous).annualAccrual(cny("60000000.00"), true);

        // 10,000,000 × (0.08 − 0.05) + 40,000,000 × 0 + 10,000,000 × 0 (not −0.02) = 300,000.00
        assertEquals(cny("300000.00"), accrual);
    }

    @Test
    void theRateReportedForTheYearIsTheRateOfTheTopSlice() {
        BigDecimal rate = policy.rateFor(cny("60000000.00"), false);

        assertEquals(0, rate.compareTo(new BigDecimal("0.03")));
    }
}
