package org.xinqiao.fund;

import java.math.BigDecimal;

/**
 * What the annual statement reports for one partner and year: the sales, the welfare input (the
 * year's accrual after the true-up), the logistics subsidy and the income-tax credit.
 */
record AnnualFigures(
        BigDecimal annualSales,
        BigDecimal welfareInput,
        BigDecimal logisticsSubsidy,
        BigDecimal taxCredit) {
}
