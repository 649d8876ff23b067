package org.xinqiao.child;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ChildRepository extends CrudRepository<Child, Long> {

    @Query(value = "SELECT c.* FROM child c JOIN child_guardian g ON g.child_id = c.id WHERE g.account_id = :accountId ORDER BY c.id",
            countQuery = "SELECT COUNT(*) FROM child_guardian g WHERE g.account_id = :accountId")
    Page<Child> findByGuardian(long accountId, Pageable pageable);

    @Query("SELECT COUNT(*) FROM child_guardian WHERE child_id = :childId AND account_id = :accountId")
    long countGuardianLinks(long childId, long accountId);

    @Query("INSERT INTO child_guardian (child_id, account_id, relation) VALUES (:childId, :accountId, :relation)")
    void linkGuardian(long childId, long accountId, String relation);

    long countByVillageId(long villageId);
}
