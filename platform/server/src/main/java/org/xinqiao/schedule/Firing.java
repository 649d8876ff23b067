package org.xinqiao.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One firing of a schedule, as a job sees it: which schedule, the time it was due (read in the schedule's
 * zone for civil dates), the run recording it, and whether an administrator triggered it by hand.
 */
public record Firing(String scheduleKey, Instant scheduledFireTime, ZoneId zone, long runId, boolean manual) {

    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");

    public Firing {
        Objects.requireNonNull(scheduleKey, "scheduleKey");
        Objects.requireNonNull(scheduledFireTime, "scheduledFireTime");
        Objects.requireNonNull(zone, "zone");
    }

    /** The firing's unique business reference, e.g. {@code job:ledger-report:2027-02-28T18:00+08:00}. */
    public String key() {
        return "job:" + scheduleKey + ":" + KEY_TIME.format(wallClock());
    }

    public ZonedDateTime wallClock() {
        return scheduledFireTime.atZone(zone);
    }

    /** The civil date the firing was due on, in the schedule's zone. */
    public LocalDate date() {
        return wallClock().toLocalDate();
    }

    public YearMonth month() {
        return YearMonth.from(wallClock());
    }
}
