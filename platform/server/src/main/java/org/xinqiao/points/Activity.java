package org.xinqiao.points;

/** The activities that earn points (RULES.md §4), priced per hour or per unit by {@link EarningPolicy}. */
public enum Activity {
    /** Practitioner tutoring, per hour. */
    TUTORING(true),
    /** A verified census record collected by a villager, per record. */
    CENSUS_RECORD(false),
    /** A returning talent's verified case of raising a household's income, per case. */
    INCOME_CASE(false),
    /** Volunteering at an event, per hour. */
    EVENT_VOLUNTEERING(true);

    private final boolean hourly;

    Activity(boolean hourly) {
        this.hourly = hourly;
    }

    public boolean hourly() {
        return hourly;
    }
}
