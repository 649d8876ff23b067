package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.xinqiao.fund.FundFixtures.cny;
import static org.xinqiao.fund.FundFixtures.theDefaultBandPolicy;
import static org.xinqiao.fund.FundFixtures.theDefaultMarginalPolicy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The annual statement: logistics subsidy 0.5 % of sales; tax credit 50 % of the year's welfare input. */
class AnnualStatementFiguresTest {

    @ParameterizedTest(name = "sales {0}: welfare input {1}, logistics subsidy {2}, tax credit {3}")
    @CsvSource({
            // 9,999,999.99 × 0.08 = 799,999.9992 → 800,000.00;
            // × 0.005 = 49,999.99995 → 50,000.00; 800,000.00 × 0.5 = 400,000.00
            "9999999.99,  800000.00, 50000.00, 400000.00",
            // 10,000,000.01 × 0.05 = 500,000.0005 → 500,000.00;
            // × 0.005 = 50,000.00005 → 50,000.00; 500,000.00 × 0.5 = 250,000.00
            "10000000.01, 500000.00, 50000.00, 250000.00",
            // 100.13 × 0.08 = 8.0104 → 8.01; × 0.005 = 0.50065 → 0.50; 8.01 × 0.5 = 4.005 → 4.01
            "100.13,      8.01,      0.50,     4.01",
            // 1.00 × 0.08 = 0.08; × 0.005 = 0.005 → 0.01; 0.08 × 0.5 = 0.04
            "1.00,        0.08,      0.01,     0.04",
    })
    void theStatementReportsTheSubsidyAndTheCreditRoundedToTheFen(
            String sales, String welfareInput, String subsidy, String credit) {
        AnnualFigures figures = theDefaultBandPolicy().annualFigures(cny(sales), false);

        assertEquals(new AnnualFigures(cny(sales), cny(welfareInput), cny(subsidy), cny(credit)), figures);
    }

    @Test
    void theTaxCreditFollowsTheAccrualOfTheConfiguredModeAndDiscount() {
        AnnualFigures figures = theDefaultMarginalPolicy().annualFigures(cny("60000000.00"), true);

        // 10M × 0.07 + 40M × 0.04 + 10M × 0.02 = 700,000 + 1,600,000 + 200,000 = 2,500,000.00;
        // 60,000,000 × 0.005 = 300,000.00; 2,500,000 × 0.5 = 1,250,000.00
        assertEquals(new AnnualFigures(cny("60000000.00"), cny("2500000.00"), cny("300000.00"),
                cny("1250000.00")), figures);
    }
}
