package org.xinqiao.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The audit log: who read or changed what, and when. Entries are only ever added. */
@Singleton
public class AuditService {

    private final Entries entries;
    private final Clock clock;

    AuditService(Entries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional
    public void record(@Nullable Long actorId, String action, String objectType, String objectId, @Nullable String detail) {
        entries.save(new Entry(null, actorId, action, objectType, objectId,
                detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500), clock.instant()));
    }

    @Transactional
    public List<Entry> entriesFor(String objectType, String objectId) {
        return entries.findByObjectTypeAndObjectIdOrderById(objectType, objectId);
    }

    @Serdeable
    @MappedEntity("audit_log")
    public record Entry(@Id @GeneratedValue @Nullable Long id, @Nullable Long actorId, String action, String objectType,
                        String objectId, @Nullable String detail, Instant at) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Entries extends CrudRepository<Entry, Long> {
        List<Entry> findByObjectTypeAndObjectIdOrderById(String objectType, String objectId);
    }
}
