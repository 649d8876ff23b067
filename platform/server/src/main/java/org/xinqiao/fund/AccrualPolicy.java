package org.xinqiao.fund;

import java.math.BigDecimal;
import java.util.List;

/**
 * Decides how much a partner's sales put into its earmarked account (RULES.md §5): the band and rate
 * of a year's sales, the year's accrual in band or marginal mode, the provisional accrual of each
 * sale during the year, the year-end true-up, the reversal of a refunded sale, and the figures of the
 * annual statement. Takes amounts in whole fen, answers in fen (scale 2, HALF_UP); persists nothing.
 */
final class AccrualPolicy {

    private final FundRules rules;

    AccrualPolicy(FundRules rules) {
        this.rules = rules;
    }

    Band bandFor(BigDecimal annualSales) {
        BigDecimal sales = Fen.exactNonNegative("annual sales", annualSales);
        List<Band> bands = rules.bands();
        for (int i = bands.size() - 1; i > 0; i--) {
            if (bands.get(i).admits(sales)) {
                return bands.get(i);
            }
        }
        return bands.get(0);
    }

    /**
     * The rate of the band {@code annualSales} falls in, one discount lower after an excellent year.
     * In marginal mode this is the rate of the top slice, the one the next yuan of sales would take.
     */
    BigDecimal rateFor(BigDecimal annualSales, boolean excellentLastYear) {
        return discounted(bandFor(annualSales).rate(), excellentLastYear);
    }

    /**
     * round(S × rate) in band mode. In marginal mode each slice of S takes its own band's rate, each
     * discounted after an excellent year (8→7, 5→4, 3→2 on their slices, never below 0), and the
     * exact sum of the slices is rounded once, at the end, so per-slice rounding cannot pile up.
     * A boundary figure has no width, so the bands' inclusivity does not matter to the slices.
     */
    BigDecimal annualAccrual(BigDecimal annualSales, boolean excellentLastYear) {
        BigDecimal sales = Fen.exactNonNegative("annual sales", annualSales);
        if (rules.mode() == AccrualMode.BAND) {
            return Fen.round(sales.multiply(rateFor(sales, excellentLastYear)));
        }
        List<Band> bands = rules.bands();
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < bands.size() && sales.compareTo(bands.get(i).lowerBound()) > 0; i++) {
            BigDecimal sliceTop = i + 1 < bands.size() ? sales.min(bands.get(i + 1).lowerBound()) : sales;
            BigDecimal slice = sliceTop.subtract(bands.get(i).lowerBound());
            exact = exact.add(slice.multiply(discounted(bands.get(i).rate(), excellentLastYear)));
        }
        return Fen.round(exact);
    }

    /**
     * One sale accrues during the year at the band rate of the reference sales: the partner's
     * previous-year sales, or for a new partner its declared expected sales. It is the band rate in
     * both modes, as RULES.md says; the year-end true-up makes the total exact either way.
     */
    Provisional provisional(BigDecimal saleAmount, BigDecimal referenceSales, boolean excellentLastYear) {
        BigDecimal sale = Fen.exactNonNegative("sale amount", saleAmount);
        Band band = bandFor(referenceSales);
        BigDecimal rate = discounted(band.rate(), excellentLastYear);
        return new Provisional(Fen.round(sale.multiply(rate)), rate, band);
    }

    /**
     * The entry that brings the year's accrual to exactly {@link #annualAccrual}: negative when the
     * provisional entries (reversals included) came to more, e.g. a partner that grew into a lower band.
     */
    BigDecimal trueUp(BigDecimal annualSales, boolean excellentLastYear, BigDecimal provisionalAccruedSoFar) {
        BigDecimal soFar = Fen.exact("provisional accrual so far", provisionalAccruedSoFar);
        return annualAccrual(annualSales, excellentLastYear).subtract(soFar);
    }

    /**
     * A refunded sale takes back exactly what its provisional entry put in, not a recomputation at
     * today's rate, so that sale and refund cancel to the fen.
     */
    BigDecimal reversalOf(BigDecimal originalEntryAmount) {
        return Fen.exact("original entry amount", originalEntryAmount).negate();
    }

    /** The welfare input is the year's accrual; the tax credit is computed on that rounded figure. */
    AnnualFigures annualFigures(BigDecimal annualSales, boolean excellentLastYear) {
        BigDecimal sales = Fen.exactNonNegative("annual sales", annualSales);
        BigDecimal welfareInput = annualAccrual(sales, excellentLastYear);
        return new AnnualFigures(
                sales,
                welfareInput,
                Fen.round(sales.multiply(rules.logisticsSubsidyRate())),
                Fen.round(welfareInput.multiply(rules.taxCreditShare())));
    }

    private BigDecimal discounted(BigDecimal rate, boolean excellentLastYear) {
        return excellentLastYear ? rate.subtract(rules.excellentDiscount()).max(BigDecimal.ZERO) : rate;
    }
}
