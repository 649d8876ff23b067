package org.xinqiao.schedule;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ScheduleRepository extends CrudRepository<Schedule, String> {

    /** Serialises changes to one schedule, so the stored row and Quartz's trigger cannot end up apart. */
    @Query("SELECT * FROM schedule WHERE schedule_key = :key FOR UPDATE")
    Optional<Schedule> findForUpdate(String key);
}
