package org.xinqiao.fund;

/** How a year's sales turn into accrual (RULES.md §5). */
public enum AccrualMode {
    /** The whole year's sales take the rate of the band the total falls in, as the paper says. */
    BAND,
    /** Each slice of sales takes its own band's rate, like an income tax: no cliff at a boundary. */
    MARGINAL
}
