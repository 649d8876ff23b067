package org.xinqiao.fund;

import java.math.BigDecimal;

/**
 * One row of the accrual table: the sales from {@code lowerBound} up to the next band's lower bound
 * take {@code rate} (a fraction, 0.08 for 8 %). Whether the boundary figure itself belongs here is
 * data ({@code lowerInclusive}), so the Civil Code art. 1259 reading is configuration, not an if-chain:
 * a band's upper end is inclusive exactly when the next band's lower end is not.
 */
record Band(BigDecimal lowerBound, boolean lowerInclusive, BigDecimal rate) {

    Band {
        if (lowerBound == null || lowerBound.signum() < 0) {
            throw new IllegalArgumentException("a band's lower bound must be zero or more: " + lowerBound);
        }
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a band's rate must be a fraction between 0 and 1: " + rate);
        }
    }

    boolean admits(BigDecimal sales) {
        int side = sales.compareTo(lowerBound);
        return side > 0 || side == 0 && lowerInclusive;
    }
}
