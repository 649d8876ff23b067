package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinqiao.fund.FundFixtures.cny;
import static org.xinqiao.fund.FundFixtures.theDefaultBandPolicy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Band mode: the year's accrual is round(S × rate of the band S falls in), HALF_UP to the fen. */
class BandModeAccrualTest {

    private final AccrualPolicy policy = theDefaultBandPolicy();

    @ParameterizedTest(name = "sales {0}, excellent last year {1}: accrual {2}")
    @CsvSource({
            // 9,999,999.99 × 0.08 = 799,999.9992 → 800,000.00
            "9999999.99,  false, 800000.00",
            // 9,999,999.99 × 0.07 = 699,999.9993 → 700,000.00
            "9999999.99,  true,  700000.00",
            // 10,000,000.00 × 0.08 = 800,000.00 (the figure itself is in the 8 % band)
            "10000000.00, false, 800000.00",
            // 10,000,000.00 × 0.07 = 700,000.00
            "10000000.00, true,  700000.00",
            // 10,000,000.01 × 0.05 = 500,000.0005 → 500,000.00
            "10000000.01, false, 500000.00",
            // 10,000,000.01 × 0.04 = 400,000.0004 → 400,000.00
            "10000000.01, true,  400000.00",
            // 49,999,999.99 × 0.05 = 2,499,999.9995 → 2,500,000.00
            "49999999.99, false, 2500000.00",
            // 49,999,999.99 × 0.04 = 1,999,999.9996 → 2,000,000.00
            "49999999.99, true,  2000000.00",
            // 50,000,000.00 × 0.03 = 1,500,000.00 (the figure itself is in the 3 % band)
            "50000000.00, false, 1500000.00",
            // 50,000,000.00 × 0.02 = 1,000,000.00
            "50000000.00, true,  1000000.00",
            // 0 × 0.08 = 0
            "0.00,        false, 0.00",
            // 0.06 × 0.08 = 0.0048 → 0.00
            "0.06,        false, 0.00",
            // 0.07 × 0.08 = 0.0056 → 0.01
            "0.07,        false, 0.01",
            // 10,000,000.10 × 0.05 = 500,000.005: exactly half a fen goes up → 500,000.01
            "10000000.10, false, 500000.01",
            // 50,000,000.50 × 0.03 = 1,500,000.015: exactly half a fen goes up → 1,500,000.02
            "50000000.50, false, 1500000.02",
    })
    void theWholeYearTakesTheRateOfItsBand(String sales, boolean excellent, String expected) {
        BigDecimal accrual = policy.annualAccrual(cny(sales), excellent);

        assertEquals(cny(expected), accrual);
    }

    @Test
    void oneFenMoreThanTenMillionCostsTheFundThreeHundredThousandInBandMode() {
        BigDecimal atTheBoundary = policy.annualAccrual(cny("10000000.00"), false);

        BigDecimal oneFenAbove = policy.annualAccrual(cny("10000000.01"), false);

        // 800,000.00 − 500,000.00: the cliff the paper's table makes and marginal mode removes
        assertEquals(cny("-300000.00"), oneFenAbove.subtract(atTheBoundary));
    }

    @Test
    void aDiscountLargerThanARateLeavesThatRateAtZeroNotNegative() {
        FundRules generous = new FundRules(FundRules.defaults().bands(), AccrualMode.BAND,
                new BigDecimal("0.05"), new BigDecimal("0.005"), new BigDecimal("0.50"));
        AccrualPolicy policy = new AccrualPolicy(generous);

        // 8 % − 5 % = 3 %; 5 % − 5 % = 0; 3 % − 5 % would be −2 %, held at 0
        List<BigDecimal> accruals = List.of(
                policy.annualAccrual(cny("1000000.00"), true),
                policy.annualAccrual(cny("20000000.00"), true),
                policy.annualAccrual(cny("60000000.00"), true));

        // 1,000,000 × 0.03 = 30,000.00; the other two accrue nothing
        assertEquals(List.of(cny("30000.00"), cny("0.00"), cny("0.00")), accruals);
        assertEquals(0, policy.rateFor(cny("60000000.00"), true).signum());
    }
}
