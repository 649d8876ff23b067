package org.xinqiao.points;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code xinqiao.points.*}: the earning rules of RULES.md §4, the bounds of a claim and how many stars a year has. */
@ConfigurationProperties("xinqiao.points")
record PointsProperties(long tutoringPerHour, long censusRecord, long incomeCase, long eventVolunteeringPerHour,
                        int maxHoursPerClaim, int maxUnitsPerClaim, int stars) {

    EarningRules earningRules() {
        return new EarningRules(tutoringPerHour, censusRecord, incomeCase, eventVolunteeringPerHour, maxHoursPerClaim, maxUnitsPerClaim);
    }
}
