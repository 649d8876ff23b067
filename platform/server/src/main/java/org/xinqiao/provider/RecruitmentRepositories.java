package org.xinqiao.provider;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;

final class RecruitmentRepositories {

    private RecruitmentRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Posts extends CrudRepository<Recruitment, Long> {
        @Query(value = "SELECT * FROM recruitment WHERE open_until IS NULL OR open_until >= :today ORDER BY id DESC",
                countQuery = "SELECT COUNT(*) FROM recruitment WHERE open_until IS NULL OR open_until >= :today")
        Page<Recruitment> findOpen(LocalDate today, Pageable pageable);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Applications extends CrudRepository<RecruitmentApplication, Long> {
        boolean existsByRecruitmentIdAndAccountId(long recruitmentId, long accountId);

        Page<RecruitmentApplication> findByRecruitmentId(long recruitmentId, Pageable pageable);
    }
}
