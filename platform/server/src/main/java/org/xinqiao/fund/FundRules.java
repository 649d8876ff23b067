package org.xinqiao.fund;

import java.math.BigDecimal;
import java.util.List;

/**
 * Every figure of RULES.md §5 as configuration: the accrual bands (ascending, the first starting at
 * zero), the accrual mode, the rate discount for a partner rated excellent the year before, and the
 * two shares reported in the annual statement. All rates are fractions (0.08 for 8 %).
 */
record FundRules(
        List<Band> bands,
        AccrualMode mode,
        BigDecimal excellentDiscount,
        BigDecimal logisticsSubsidyRate,
        BigDecimal taxCreditShare) {

    FundRules {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("at least one accrual band is needed");
        }
        Band first = bands.get(0);
        // Sales of zero must fall in some band, or bandFor would have no answer for a quiet year.
        if (first.lowerBound().signum() != 0 || !first.lowerInclusive()) {
            throw new IllegalArgumentException("the first band must start at 0 inclusive");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).lowerBound().compareTo(bands.get(i - 1).lowerBound()) <= 0) {
                throw new IllegalArgumentException("band lower bounds must ascend strictly");
            }
        }
        if (mode == null) {
            throw new IllegalArgumentException("an accrual mode is needed");
        }
        requireFraction("excellentDiscount", excellentDiscount);
        requireFraction("logisticsSubsidyRate", logisticsSubsidyRate);
        requireFraction("taxCreditShare", taxCreditShare);
    }

    /**
     * RULES.md §5 as written: 8 % up to and including 10,000,000; 5 % strictly between; 3 % from
     * 50,000,000 inclusive (以下 and 以上 include the figure, Civil Code art. 1259); band mode;
     * one percentage point off after an excellent year; logistics subsidy 0.5 %; tax credit 50 %.
     */
    static FundRules defaults() {
        return new FundRules(
                List.of(
                        new Band(BigDecimal.ZERO, true, new BigDecimal("0.08")),
                        new Band(new BigDecimal("10000000.00"), false, new BigDecimal("0.05")),
                        new Band(new BigDecimal("50000000.00"), true, new BigDecimal("0.03"))),
                AccrualMode.BAND,
                new BigDecimal("0.01"),
                new BigDecimal("0.005"),
                new BigDecimal("0.50"));
    }

    FundRules withMode(AccrualMode newMode) {
        return new FundRules(bands, newMode, excellentDiscount, logisticsSubsidyRate, taxCreditShare);
    }

    private static void requireFraction(String name, BigDecimal value) {
        if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(name + " must be a fraction between 0 and 1: " + value);
        }
    }
}
