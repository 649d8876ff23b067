package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.xinqiao.fund.FundFixtures.cny;
import static org.xinqiao.fund.FundFixtures.theDefaultBandPolicy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §5: S ≤ 10,000,000 → 8 %; 10,000,000 < S < 50,000,000 → 5 %; S ≥ 50,000,000 → 3 %. */
class BandOfAYearsSalesTest {

    private final AccrualPolicy policy = theDefaultBandPolicy();

    @ParameterizedTest(name = "sales {0} fall in the band from {1} and take {2}, or {3} after an excellent year")
    @CsvSource({
            // sales,      band lower bound, rate, rate after an excellent year (one point less)
            "0.00,         0,           0.08, 0.07",
            "9999999.99,   0,           0.08, 0.07",
            "10000000.00,  0,           0.08, 0.07", // 以下 includes 10,000,000 itself
            "10000000.01,  10000000.00, 0.05, 0.04",
            "49999999.99,  10000000.00, 0.05, 0.04",
            "50000000.00,  50000000.00, 0.03, 0.02", // 以上 includes 50,000,000 itself
            "50000000.01,  50000000.00, 0.03, 0.02",
    })
    void salesFallInTheBandTheCivilCodeReadingGives(String sales, String lowerBound, String rate, String excellentRate) {
        Band band = policy.bandFor(cny(sales));

        assertEquals(0, band.lowerBound().compareTo(cny(lowerBound)));
        assertEquals(0, policy.rateFor(cny(sales), false).compareTo(new BigDecimal(rate)));
        assertEquals(0, policy.rateFor(cny(sales), true).compareTo(new BigDecimal(excellentRate)));
    }

    @Test
    void negativeSalesAreTheCallersMistake() {
        assertThrows(IllegalArgumentException.class, () -> policy.bandFor(cny("-0.01")));
    }

    @Test
    void salesWithAFractionOfAFenAreTheCallersMistake() {
        assertThrows(IllegalArgumentException.class, () -> policy.bandFor(cny("10000000.001")));
    }
}
