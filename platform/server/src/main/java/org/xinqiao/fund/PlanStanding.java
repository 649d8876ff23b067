package org.xinqiao.fund;

import org.xinqiao.common.Quarter;
import java.math.BigDecimal;

/** What a disbursement needs to know of its spending plan: its quarter, its approval, what is left. */
record PlanStanding(Quarter quarter, boolean approved, BigDecimal remaining) {
}
