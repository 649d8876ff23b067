package org.xinqiao.need;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

final class NeedRepositories {

    private NeedRepositories() {
    }

    @Introspected
    record ScoreRow(String indicator, int score) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rounds extends CrudRepository<CensusRound, Long> {

        Optional<CensusRound> findByVillageIdAndPeriod(long villageId, String period);

        /** Records, closing and approvals of one round queue behind this lock. */
        @Query("SELECT * FROM census_round WHERE id = :id FOR UPDATE")
        Optional<CensusRound> lock(long id);

        @Query("UPDATE census_round SET status = 'CLOSED', closed_by = :actorId, closed_at = :at WHERE id = :id AND status = 'OPEN'")
        int close(long id, long actorId, Instant at);

        @Query("UPDATE census_round SET approved_level = :level WHERE id = :id")
        void approve(long id, String level);

        Page<CensusRound> findByVillageId(long villageId, Pageable pageable);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Approvals extends CrudRepository<CensusApproval, Long> {
        List<CensusApproval> findByRoundIdOrderById(long roundId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Records extends CrudRepository<CensusRecord, Long> {

        @Query("SELECT COALESCE(MAX(revision), 0) FROM census_record WHERE round_id = :roundId AND child_id = :childId")
        int latestRevision(long roundId, long childId);

        @Query("SELECT COUNT(DISTINCT child_id) FROM census_record WHERE round_id = :roundId")
        long countChildren(long roundId);

        List<CensusRecord> findByRoundIdAndChildIdOrderByRevision(long roundId, long childId);

        /** The child's current assessment: the latest revision in the latest round by period. */
        @Query("""
                SELECT r.* FROM census_record r JOIN census_round c ON c.id = r.round_id
                WHERE r.child_id = :childId
                ORDER BY c.start_date DESC, c.id DESC, r.revision DESC LIMIT 1""")
        Optional<CensusRecord> findCurrentOfChild(long childId);

        @Query("INSERT INTO census_score (record_id, indicator, score) VALUES (:recordId, :indicator, :score)")
        void addScore(long recordId, String indicator, int score);

        @Query("SELECT indicator, score FROM census_score WHERE record_id = :recordId")
        List<ScoreRow> scores(long recordId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Needs extends CrudRepository<Need, Long> {

        /** Moves a need only from the status the caller saw, so two racing changes cannot both pass. */
        @Query("UPDATE need SET status = :to, updated_at = :at WHERE id = :id AND status = :from")
        int move(long id, String from, String to, Instant at);

        @Query(value = """
                SELECT * FROM need
                WHERE (declared_by = :accountId OR child_id IN (:childIds) OR village_id IN (:villageIds))
                  AND (:status = '' OR status = :status)
                ORDER BY id DESC""",
                countQuery = """
                SELECT COUNT(*) FROM need
                WHERE (declared_by = :accountId OR child_id IN (:childIds) OR village_id IN (:villageIds))
                  AND (:status = '' OR status = :status)""")
        Page<Need> findVisible(long accountId, Collection<Long> childIds, Collection<Long> villageIds, String status,
                               Pageable pageable);

        @Query(value = "SELECT * FROM need WHERE village_id = :villageId AND (:status = '' OR status = :status) ORDER BY id DESC",
                countQuery = "SELECT COUNT(*) FROM need WHERE village_id = :villageId AND (:status = '' OR status = :status)")
        Page<Need> findInVillage(long villageId, String status, Pageable pageable);

        @Query("SELECT * FROM need WHERE village_id = :villageId AND status = :status ORDER BY urgency DESC, id")
        List<Need> findWaiting(long villageId, String status);

        @Query("SELECT * FROM need WHERE village_id = :villageId AND created_at >= :from AND created_at < :to ORDER BY created_at, id")
        List<Need> declaredBetween(long villageId, Instant from, Instant to);

        List<Need> findByIdIn(Collection<Long> ids);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface StatusChanges extends CrudRepository<NeedStatusChange, Long> {

        List<NeedStatusChange> findByNeedIdOrderById(long needId);

        @Query("""
                SELECT s.* FROM need_status_change s JOIN need n ON n.id = s.need_id
                WHERE n.village_id = :villageId AND s.to_status = :toStatus AND s.changed_at >= :from AND s.changed_at < :to
                ORDER BY s.changed_at, s.id""")
        List<NeedStatusChange> reachedBetween(long villageId, String toStatus, Instant from, Instant to);
    }
}
