package org.xinqiao.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One run of a schedule: when it was due, when it ran and on which server instance, how it ended.
 * {@code outcome} is null while the job runs, or if its server died under it.
 */
@Serdeable
public record RunView(long id, String scheduleKey, Instant scheduledFireTime, boolean manual, Instant startedAt,
                      @Nullable Instant endedAt, @Nullable RunOutcome outcome, @Nullable String detail, String instanceId) {

    static RunView of(ScheduleRun run) {
        return new RunView(run.id(), run.scheduleKey(), run.scheduledFireTime(), run.manual(), run.startedAt(),
                run.endedAt(), run.outcome(), run.detail(), run.instanceId());
    }
}
