package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The points tables; used only inside this package. Locking reads end in FOR UPDATE, guarded writes say their guard. */
final class PointsRepositories {

    private PointsRepositories() {
    }

    @MappedEntity("points_balance")
    record BalanceRow(@Id long accountId, long balance, long version, Instant updatedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Balances extends CrudRepository<BalanceRow, Long> {

        /** A consistent (non-locking) read: never takes a gap lock on an account without a row. */
        @Query("SELECT balance FROM points_balance WHERE account_id = :accountId")
        Optional<Long> read(long accountId);

        @Query("SELECT balance FROM points_balance WHERE account_id = :accountId FOR UPDATE")
        Optional<Long> lock(long accountId);

        @Query("INSERT INTO points_balance (account_id, balance, version, updated_at) VALUES (:accountId, 0, 0, :at)")
        void open(long accountId, Instant at);

        @Query("UPDATE points_balance SET balance = balance + :delta, version = version + 1, updated_at = :at "
                + "WHERE account_id = :accountId AND balance + :delta >= 0")
        long add(long accountId, long delta, Instant at);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Entries extends CrudRepository<PointsEntry, Long> {

        @Query(value = "SELECT * FROM points_entry WHERE account_id = :accountId ORDER BY id DESC",
                countQuery = "SELECT COUNT(*) FROM points_entry WHERE account_id = :accountId")
        Page<PointsEntry> findByAccount(long accountId, Pageable pageable);

        /** The entries that count as earning for the stars, in the half-open interval [from, to). */
        @Query("SELECT * FROM points_entry WHERE kind IN ('EARNED', 'CORRECTED') AND created_at >= :from AND created_at < :to")
        List<PointsEntry> findEarnings(Instant from, Instant to);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Claims extends CrudRepository<Claim, Long> {

        @Query("SELECT * FROM points_claim WHERE id = :id FOR UPDATE")
        Optional<Claim> lock(long id);

        Optional<Claim> findBySource(String source);

        @Query("UPDATE points_claim SET status = :status, decided_by = :decidedBy, decided_at = :at, decision_note = :note WHERE id = :id")
        void decide(long id, String status, @Nullable Long decidedBy, Instant at, @Nullable String note);

        @Query(value = "SELECT * FROM points_claim WHERE account_id = :accountId ORDER BY id DESC",
                countQuery = "SELECT COUNT(*) FROM points_claim WHERE account_id = :accountId")
        Page<Claim> findByAccount(long accountId, Pageable pageable);

        @Query(value = "SELECT * FROM points_claim WHERE status = :status ORDER BY id",
                countQuery = "SELECT COUNT(*) FROM points_claim WHERE status = :status")
        Page<Claim> findByStatus(String status, Pageable pageable);

        @Query(value = "SELECT * FROM points_claim WHERE status = :status AND village_id IN (:villageIds) ORDER BY id",
                countQuery = "SELECT COUNT(*) FROM points_claim WHERE status = :status AND village_id IN (:villageIds)")
        Page<Claim> findByStatusInVillages(String status, Collection<Long> villageIds, Pageable pageable);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rewards extends CrudRepository<Reward, Long> {

        @Query("SELECT * FROM reward WHERE id = :id FOR UPDATE")
        Optional<Reward> lock(long id);

        @Query("UPDATE reward SET stock = stock - :quantity, updated_at = :at WHERE id = :id AND stock >= :quantity")
        long take(long id, int quantity, Instant at);

        @Query("UPDATE reward SET stock = stock + :quantity, updated_at = :at WHERE id = :id")
        long giveBack(long id, int quantity, Instant at);

        @Query(value = "SELECT * FROM reward WHERE retired_at IS NULL AND (active_from IS NULL OR active_from <= :today) "
                + "AND (active_until IS NULL OR active_until >= :today) ORDER BY id",
                countQuery = "SELECT COUNT(*) FROM reward WHERE retired_at IS NULL AND (active_from IS NULL OR active_from <= :today) "
                        + "AND (active_until IS NULL OR active_until >= :today)")
        Page<Reward> findOffered(LocalDate today, Pageable pageable);

        @Query(value = "SELECT * FROM reward ORDER BY id", countQuery = "SELECT COUNT(*) FROM reward")
        Page<Reward> catalog(Pageable pageable);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Redemptions extends CrudRepository<Redemption, Long> {

        @Query("SELECT * FROM redemption WHERE id = :id FOR UPDATE")
        Optional<Redemption> lock(long id);

        /**
         * The quantities of a reward an account holds (everything not cancelled or failed), as a locking read: on
         * MySQL a plain read would answer from the transaction's snapshot, taken before the balance lock was granted.
         */
        @Query("SELECT quantity FROM redemption WHERE account_id = :accountId AND reward_id = :rewardId "
                + "AND status NOT IN ('CANCELLED', 'FAILED') FOR UPDATE")
        List<Integer> lockHeld(long accountId, long rewardId);

        boolean existsByPickupCode(String pickupCode);

        Optional<Redemption> findByPickupCode(String pickupCode);

        @Query("UPDATE redemption SET status = :status, fulfilment_ref = :fulfilmentRef, failure_reason = :failureReason, "
                + "updated_at = :at WHERE id = :id")
        void close(long id, String status, @Nullable String fulfilmentRef, @Nullable String failureReason, Instant at);

        @Query(value = "SELECT * FROM redemption WHERE account_id = :accountId ORDER BY id DESC",
                countQuery = "SELECT COUNT(*) FROM redemption WHERE account_id = :accountId")
        Page<Redemption> findByAccount(long accountId, Pageable pageable);
    }
}
