package org.xinqiao.fund;

import java.math.BigDecimal;

/** An allowed disbursement and what the plan and the partner's account keep after it. */
record Disbursement(BigDecimal amount, BigDecimal planRemainingAfter, BigDecimal balanceAfter) {
}
