package org.xinqiao.event;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.LocalDate;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface LecturePlanRepository extends GenericRepository<LecturePlan, Long> {

    LecturePlan save(LecturePlan plan);

    Optional<LecturePlan> findByLectureDate(LocalDate lectureDate);

    boolean existsByLectureDate(LocalDate lectureDate);

    Page<LecturePlan> findByLectureDateGreaterThanEquals(LocalDate from, Pageable pageable);
}
