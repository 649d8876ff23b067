package org.xinqiao.station;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.xinqiao.need.ServiceType;

final class StationRepositories {

    private StationRepositories() {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rooms extends CrudRepository<Room, Long> {
        List<Room> findByStationIdOrderById(long stationId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Hours extends CrudRepository<OpeningHours, Long> {
        List<OpeningHours> findByStationIdOrderByDayOfWeekAndOpens(long stationId);

        void deleteByStationId(long stationId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Slots extends CrudRepository<Slot, Long> {
        List<Slot> findBySlotKeyIn(Collection<String> keys);

        Page<Slot> findByStationIdAndStartsAtGreaterThanEqualsAndStartsAtLessThan(long stationId, Instant from, Instant to,
                                                                                  Pageable pageable);

        Page<Slot> findByStationIdAndServiceTypeAndStartsAtGreaterThanEqualsAndStartsAtLessThan(long stationId, ServiceType serviceType,
                                                                                                Instant from, Instant to,
                                                                                                Pageable pageable);

        /** Takes one seat if one is left; 0 rows means the slot is full. */
        @Query("UPDATE slot SET booked = booked + 1 WHERE id = :id AND booked < capacity")
        int takeSeat(long id);

        @Query("UPDATE slot SET booked = booked - 1 WHERE id = :id AND booked > 0")
        int releaseSeat(long id);
    }
}
