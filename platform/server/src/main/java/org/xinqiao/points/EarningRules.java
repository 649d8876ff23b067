package org.xinqiao.points;

/**
 * The numbers of RULES.md §4 that price an activity, and the bounds of one claim.
 *
 * @param tutoringPerHour          points per hour of tutoring
 * @param censusRecord             points per verified census record
 * @param incomeCase               points per verified income case
 * @param eventVolunteeringPerHour points per hour of volunteering at an event
 * @param maxHoursPerClaim         the most hours one claim may carry
 * @param maxUnitsPerClaim         the most records or cases one claim may carry
 */
record EarningRules(long tutoringPerHour, long censusRecord, long incomeCase, long eventVolunteeringPerHour,
                    int maxHoursPerClaim, int maxUnitsPerClaim) {

    static EarningRules defaults() {
        return new EarningRules(10, 5, 50, 5, 24, 100);
    }

    long rate(Activity activity) {
        return switch (activity) {
            case TUTORING -> tutoringPerHour;
            case CENSUS_RECORD -> censusRecord;
            case INCOME_CASE -> incomeCase;
            case EVENT_VOLUNTEERING -> eventVolunteeringPerHour;
        };
    }
}
