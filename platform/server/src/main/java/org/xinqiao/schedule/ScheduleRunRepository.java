package org.xinqiao.schedule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ScheduleRunRepository extends GenericRepository<ScheduleRun, Long> {

    ScheduleRun save(ScheduleRun run);

    void update(@Id Long id, Instant endedAt, RunOutcome outcome, @Nullable String detail);

    @Query("UPDATE schedule_run SET duplicates = duplicates + 1 "
            + "WHERE schedule_key = :key AND scheduled_fire_time = :fireTime AND manual = :manual")
    int countDuplicate(String key, Instant fireTime, boolean manual);

    Page<ScheduleRun> findByScheduleKey(String scheduleKey, Pageable pageable);

    Optional<ScheduleRun> findFirstByScheduleKeyOrderByStartedAtDesc(String scheduleKey);
}
