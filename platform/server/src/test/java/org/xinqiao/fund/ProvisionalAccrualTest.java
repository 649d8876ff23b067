package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.xinqiao.fund.FundFixtures.cny;
import static org.xinqiao.fund.FundFixtures.theDefaultBandPolicy;
import static org.xinqiao.fund.FundFixtures.theDefaultMarginalPolicy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** During the year each sale accrues at the band rate of the previous year's (or declared) sales. */
class ProvisionalAccrualTest {

    private final AccrualPolicy policy = theDefaultBandPolicy();

    @ParameterizedTest(name = "a sale of {0} after a year of {1} (excellent {2}) accrues {5} at {4}")
    @CsvSource({
            // sale,   reference sales, excellent, band lower bound, rate, amount
            // 123.45 × 0.08 = 9.876 → 9.88
            "123.45,  8000000.00,  false, 0,           0.08, 9.88",
            // 123.45 × 0.07 = 8.6415 → 8.64
            "123.45,  8000000.00,  true,  0,           0.07, 8.64",
            // 1,000.00 × 0.08 = 80.00: a year of exactly 10,000,000 is still in the 8 % band
            "1000.00, 10000000.00, false, 0,           0.08, 80.00",
            // 1,000.00 × 0.05 = 50.00
            "1000.00, 10000000.01, false, 10000000.00, 0.05, 50.00",
            // 1,000.00 × 0.03 = 30.00
            "1000.00, 50000000.00, false, 50000000.00, 0.03, 30.00",
            // 0.06 × 0.08 = 0.0048 → 0.00
            "0.06,    8000000.00,  false, 0,           0.08, 0.00",
            // 0.07 × 0.08 = 0.0056 → 0.01
            "0.07,    8000000.00,  false, 0,           0.08, 0.01",
    })
    void aSaleAccruesAtTheRateOfTheReferenceYearsBandAndSaysWhichItUsed(
            String sale, String reference, boolean excellent, String lowerBound, String rate, String amount) {
        Provisional entry = policy.provisional(cny(sale), cny(reference), excellent);

        assertEquals(cny(amount), entry.amount());
        assertEquals(0, entry.rate().compareTo(new BigDecimal(rate)));
        assertEquals(0, entry.band().lowerBound().compareTo(cny(lowerBound)));
    }

    @Test
    void aNewPartnersDeclaredExpectedSalesChooseItsProvisionalBand() {
        BigDecimal declaredExpectedSales = cny("30000000.00");

        Provisional entry = policy.provisional(cny("200.00"), declaredExpectedSales, false);

        // 200.00 × 0.05 = 10.00
        assertEquals(cny("10.00"), entry.amount());
    }

    @Test
    void inMarginalModeASaleStillAccruesAtTheBandRateOfTheReferenceYear() {
        Provisional entry = theDefaultMarginalPolicy().provisional(cny("1000.00"), cny("60000000.00"), false);

        // RULES §5 names the band rate; 1,000.00 × 0.03 = 30.00
        assertEquals(cny("30.00"), entry.amount());
        assertEquals(0, entry.rate().compareTo(new BigDecimal("0.03")));
    }

    @Test
    void aRefundTakesBackExactlyWhatTheSalePutIn() {
        Provisional sale = policy.provisional(cny("123.45"), cny("8000000.00"), false);

        BigDecimal reversal = policy.reversalOf(sale.amount());

        // the sale put in 123.45 × 0.08 = 9.876 → 9.88
        assertEquals(cny("-9.88"), reversal);
        assertEquals(cny("0.00"), sale.amount().add(reversal));
    }

    @Test
    void aNegativeSaleIsTheCallersMistakeBecauseRefundsAreReversals() {
        assertThrows(IllegalArgumentException.class,
                () -> policy.provisional(cny("-10.00"), cny("8000000.00"), false));
    }
}
