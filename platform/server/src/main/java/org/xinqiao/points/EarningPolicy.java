package org.xinqiao.points;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.xinqiao.common.DomainException;

/**
 * Prices a claimed activity (RULES.md §4). Hourly activities take hours as a decimal with at most two places
 * (a 40-minute session is 0.67 h); the points are hours × rate rounded HALF_UP to a whole point, so 1.25 h of
 * tutoring earns 13 and 0.05 h earns 1, while 0.04 h earns nothing and is refused. Per-unit activities take a
 * whole count of records or cases (1 when not given) and no hours.
 */
final class EarningPolicy {

    static final int HOURS_SCALE = 2;

    private final EarningRules rules;

    EarningPolicy(EarningRules rules) {
        this.rules = rules;
    }

    /** Hours as a claim stores them: two decimals, HALF_UP (a completed session of 40 minutes is 0.67 h). */
    static BigDecimal hoursOf(BigDecimal exactHours) {
        return exactHours.setScale(HOURS_SCALE, RoundingMode.HALF_UP);
    }

    /** The points the activity earns; refuses a claim that is out of bounds or earns nothing. */
    long points(Activity activity, BigDecimal hours, Integer units) {
        if (activity.hourly()) {
            if (units != null) {
                throw DomainException.invalid("units", "is for per-record or per-case activities; " + activity + " is counted in hours");
            }
            if (hours == null) {
                throw DomainException.invalid("hours", "is required for " + activity);
            }
            if (hours.stripTrailingZeros().scale() > HOURS_SCALE) {
                throw DomainException.invalid("hours", "must have at most " + HOURS_SCALE + " decimal places");
            }
            if (hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(rules.maxHoursPerClaim())) > 0) {
                throw DomainException.invalid("hours", "must be more than 0 and at most " + rules.maxHoursPerClaim());
            }
            long points = hours.multiply(BigDecimal.valueOf(rules.rate(activity))).setScale(0, RoundingMode.HALF_UP).longValueExact();
            if (points == 0) {
                throw DomainException.invalid("hours", "too few to earn a point");
            }
            return points;
        }
        if (hours != null) {
            throw DomainException.invalid("hours", "is for hourly activities; " + activity + " is counted per record or case");
        }
        int count = units == null ? 1 : units;
        if (count < 1 || count > rules.maxUnitsPerClaim()) {
            throw DomainException.invalid("units", "must be from 1 to " + rules.maxUnitsPerClaim());
        }
        return Math.multiplyExact(count, rules.rate(activity));
    }
}
