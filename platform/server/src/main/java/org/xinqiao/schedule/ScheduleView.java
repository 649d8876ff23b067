package org.xinqiao.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A schedule as administrators see it. {@code nextFireTime} is Quartz's (in the schedule's zone), null while
 * the schedule is disabled or paused; {@code lastRun} is the latest run's outcome, null before the first.
 */
@Serdeable
public record ScheduleView(String key, String description, String cron, String timeZone, boolean enabled, boolean paused,
                           @Nullable OffsetDateTime nextFireTime, @Nullable RunOutcome lastOutcome,
                           @Nullable RunView lastRun, Instant updatedAt, @Nullable Long updatedBy) {
}
