package org.xinqiao.fund;

import java.math.BigDecimal;

/**
 * The provisional accrual of one synced sale, with the rate and band it used: the ledger entry keeps
 * both, so a later change of configuration does not make past entries unexplainable.
 */
record Provisional(BigDecimal amount, BigDecimal rate, Band band) {
}
