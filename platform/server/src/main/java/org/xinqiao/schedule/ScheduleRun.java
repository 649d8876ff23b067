package org.xinqiao.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One firing of a schedule, claimed before its job runs; unique per (schedule key, scheduled fire time). */
@MappedEntity("schedule_run")
record ScheduleRun(@Id @GeneratedValue @Nullable Long id, String scheduleKey, Instant scheduledFireTime, boolean manual,
                   Instant startedAt, @Nullable Instant endedAt, @Nullable RunOutcome outcome, @Nullable String detail,
                   String instanceId, int duplicates) {
}
