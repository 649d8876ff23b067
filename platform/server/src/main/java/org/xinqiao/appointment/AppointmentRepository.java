package org.xinqiao.appointment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AppointmentRepository extends CrudRepository<Appointment, Long> {

    @Query("SELECT COUNT(*) FROM appointment WHERE child_id = :childId AND status <> 'CANCELLED' "
            + "AND starts_at < :endsAt AND ends_at > :startsAt")
    long countChildOverlaps(long childId, Instant startsAt, Instant endsAt);

    @Query("SELECT COUNT(*) FROM appointment WHERE provider_id = :providerId AND slot_id <> :slotId AND status <> 'CANCELLED' "
            + "AND starts_at < :endsAt AND ends_at > :startsAt")
    long countProviderOverlaps(long providerId, long slotId, Instant startsAt, Instant endsAt);

    @Query("SELECT COUNT(*) FROM appointment WHERE room_id = :roomId AND slot_id <> :slotId AND status <> 'CANCELLED' "
            + "AND starts_at < :endsAt AND ends_at > :startsAt")
    long countRoomOverlaps(long roomId, long slotId, Instant startsAt, Instant endsAt);

    @Query("UPDATE appointment SET status = 'CANCELLED', cancelled_at = :at, cancelled_by = :actorId WHERE id = :id AND status = 'BOOKED'")
    int cancel(long id, Instant at, long actorId);

    @Query("UPDATE appointment SET status = 'CHECKED_IN', checked_in_at = :at WHERE id = :id AND status = 'BOOKED'")
    int checkIn(long id, Instant at);

    @Query("UPDATE appointment SET status = 'COMPLETED', completed_at = :at, completed_by = :actorId WHERE id = :id AND status = 'CHECKED_IN'")
    int complete(long id, Instant at, long actorId);

    @Query(value = "SELECT * FROM appointment WHERE booked_by = :accountId OR provider_id = :providerId ORDER BY starts_at DESC, id DESC",
            countQuery = "SELECT COUNT(*) FROM appointment WHERE booked_by = :accountId OR provider_id = :providerId")
    Page<Appointment> findMine(long accountId, long providerId, Pageable pageable);

    @Query("SELECT COUNT(*) FROM appointment WHERE provider_id = :providerId AND status IN ('BOOKED', 'CHECKED_IN') "
            + "AND starts_at >= :from AND starts_at < :to")
    long countActive(long providerId, Instant from, Instant to);

    List<Appointment> findByStatusAndStartsAtGreaterThanEqualsAndStartsAtLessThanOrderById(AppointmentStatus status, Instant from,
                                                                                           Instant to);
}
