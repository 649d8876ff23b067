package org.xinqiao.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * {@code PUT /api/v1/admin/schedules/{key}}. The cron is judged by {@link CronPolicy} (422 INVALID_CRON with
 * the reason, also for an empty one); a missing time zone or enabled flag keeps the current value.
 */
@Serdeable
record UpdateSchedule(@Nullable String cron, @Nullable String timeZone, @Nullable Boolean enabled) {
}
