package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundRulesDefaultsTest {

    @Test
    void theDefaultsAreTheFiguresOfRulesSectionFive() {
        FundRules rules = FundRules.defaults();

        assertEquals(List.of(
                new Band(new BigDecimal("0"), true, new BigDecimal("0.08")),
                new Band(new BigDecimal("10000000.00"), false, new BigDecimal("0.05")),
                new Band(new BigDecimal("50000000.00"), true, new BigDecimal("0.03"))), rules.bands());
        assertEquals(AccrualMode.BAND, rules.mode());
        assertEquals(new BigDecimal("0.01"), rules.excellentDiscount());
        assertEquals(new BigDecimal("0.005"), rules.logisticsSubsidyRate());
        assertEquals(new BigDecimal("0.50"), rules.taxCreditShare());
    }

    @Test
    void aBandTableThatDoesNotStartAtZeroIsRefused() {
        List<Band> bands = List.of(new Band(new BigDecimal("1.00"), true, new BigDecimal("0.08")));

        assertThrows(IllegalArgumentException.class, () -> new FundRules(bands, AccrualMode.BAND,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void aBandTableWhoseFirstBandExcludesZeroIsRefused() {
        List<Band> bands = List.of(new Band(BigDecimal.ZERO, false, new BigDecimal("0.08")));

        assertThrows(IllegalArgumentException.class, () -> new FundRules(bands, AccrualMode.BAND,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void bandsOutOfOrderAreRefused() {
        List<Band> bands = List.of(
                new Band(BigDecimal.ZERO, true, new BigDecimal("0.08")),
                new Band(new BigDecimal("50000000"), true, new BigDecimal("0.03")),
                new Band(new BigDecimal("10000000"), false, new BigDecimal("0.05")));

        assertThrows(IllegalArgumentException.class, () -> new FundRules(bands, AccrualMode.BAND,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void aRateWrittenAsAPercentageRatherThanAFractionIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Band(BigDecimal.ZERO, true, new BigDecimal("8")));
    }
}
