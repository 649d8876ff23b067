package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinqiao.fund.FundFixtures.cny;
import static org.xinqiao.fund.FundFixtures.theDefaultBandPolicy;
import static org.xinqiao.fund.FundFixtures.theDefaultMarginalPolicy;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** At year close one entry brings the year's accrual to exactly the annual accrual of its sales. */
class YearEndTrueUpTest {

    private final AccrualPolicy band = theDefaultBandPolicy();

    @Test
    void aPartnerThatGrewPastFiftyMillionGetsANegativeTrueUp() {
        BigDecimal previousYear = cny("5000000.00");
        BigDecimal provisional = Stream.of("20000000.00", "25000000.00", "15000000.00")
                .map(sale -> band.provisional(cny(sale), previousYear, false).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        BigDecimal trueUp = band.trueUp(cny("60000000.00"), false, provisional);

        // provisionally 8 %: 1,600,000 + 2,000,000 + 1,200,000 = 4,800,000.00
        assertEquals(cny("4800000.00"), provisional);
        // finally 60,000,000 × 0.03 = 1,800,000.00; 1,800,000 − 4,800,000 = −3,000,000.00
        assertEquals(cny("-3000000.00"), trueUp);
    }

    @Test
    void inMarginalModeTheSameYearTrueUpsToTheSumOfTheSlices() {
        BigDecimal provisionalAtEightPercent = cny("4800000.00");

        BigDecimal trueUp = theDefaultMarginalPolicy().trueUp(cny("60000000.00"), false, provisionalAtEightPercent);

        // 800,000 + 2,000,000 + 300,000 = 3,100,000.00; 3,100,000 − 4,800,000 = −1,700,000.00
        assertEquals(cny("-1700000.00"), trueUp);
    }

    @Test
    void aPartnerThatShrankIntoTheEightPercentBandGetsAPositiveTrueUp() {
        BigDecimal provisional = band.provisional(cny("8000000.00"), cny("60000000.00"), false).amount();

        BigDecimal trueUp = band.trueUp(cny("8000000.00"), false, provisional);

        // provisionally 8,000,000 × 0.03 = 240,000.00; finally × 0.08 = 640,000.00; difference +400,000.00
        assertEquals(cny("400000.00"), trueUp);
    }

    @Test
    void theTrueUpAbsorbsTheRoundingOfManySmallSales() {
        BigDecimal provisional = Stream.of("0.07", "0.07", "0.07")
                .map(sale -> band.provisional(cny(sale), cny("8000000.00"), false).amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        BigDecimal trueUp = band.trueUp(cny("0.21"), false, provisional);

        // each 0.07 × 0.08 = 0.0056 → 0.01, so 0.03; the year 0.21 × 0.08 = 0.0168 → 0.02
        assertEquals(cny("-0.01"), trueUp);
    }

    @Test
    void aRefundedSaleLeavesNothingForTheTrueUpToCorrect() {
        BigDecimal kept = band.provisional(cny("100.00"), cny("8000000.00"), false).amount();
        BigDecimal refunded = band.provisional(cny("123.45"), cny("8000000.00"), false).amount();
        BigDecimal soFar = kept.add(refunded).add(band.reversalOf(refunded));

        BigDecimal trueUp = band.trueUp(cny("100.00"), false, soFar);

        // 8.00 + 9.88 − 9.88 = 8.00; the year's net sales 100.00 × 0.08 = 8.00
        assertEquals(cny("0.00"), trueUp);
    }

    @Test
    void afterTheTrueUpTheLedgerHoldsExactlyTheAnnualAccrual() {
        BigDecimal provisional = cny("4800000.00");

        BigDecimal total = provisional.add(band.trueUp(cny("49999999.99"), true, provisional));

        // 49,999,999.99 × (0.05 − 0.01) = 1,999,999.9996 → 2,000,000.00
        assertEquals(cny("2000000.00"), total);
    }
}
