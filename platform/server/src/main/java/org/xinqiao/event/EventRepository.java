package org.xinqiao.event;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface EventRepository extends GenericRepository<Event, Long> {

    Event save(Event event);

    Optional<Event> findByTypeAndPeriodKey(EventType type, String periodKey);

    Page<Event> findAll(Pageable pageable);

    Page<Event> findByType(EventType type, Pageable pageable);
}
