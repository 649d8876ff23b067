package org.xinqiao.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.time.ZoneId;

/** A schedule as stored: the truth about when a job runs, from its first seeding on. */
@MappedEntity("schedule")
record Schedule(@Id @MappedProperty("schedule_key") String key, String description, String cron, String timeZone,
                boolean enabled, boolean paused, Instant updatedAt, @Nullable Long updatedBy) {

    /** Quartz should hold a trigger for it: enabled by its settings and not paused by an administrator. */
    boolean active() {
        return enabled && !paused;
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    Schedule withSettings(String newCron, String newTimeZone, boolean nowEnabled, Instant at, long by) {
        return new Schedule(key, description, newCron, newTimeZone, nowEnabled, paused, at, by);
    }

    Schedule withPaused(boolean nowPaused, Instant at, long by) {
        return new Schedule(key, description, cron, timeZone, enabled, nowPaused, at, by);
    }
}
