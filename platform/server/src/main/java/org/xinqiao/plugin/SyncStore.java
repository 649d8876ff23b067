package org.xinqiao.plugin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;

/** The sync's watermark per partner (claimed with a lease while a pull runs) and its append-only pull log. */
@Singleton
final class SyncStore {

    private final Watermarks watermarks;
    private final Pulls pulls;

    SyncStore(Watermarks watermarks, Pulls pulls) {
        this.watermarks = watermarks;
        this.pulls = pulls;
    }

    /**
     * Claims the partner for a pull until {@code leaseUntil}; answers its watermark, or nothing if another pull holds
     * it. A partner seen for the first time, or whose plugin changed, starts at {@code initial}.
     */
    Optional<Instant> claim(long partnerId, String pluginId, Instant now, Instant initial, Instant leaseUntil) {
        if (!watermarks.existsById(partnerId)) {
            try {
                watermarks.save(new Watermark(partnerId, pluginId, initial, null, now));
            } catch (DataAccessException raced) {
                // another pull created it first: the claim below decides
            }
        }
        if (watermarks.claim(partnerId, leaseUntil, now) == 0) {
            return Optional.empty();
        }
        Watermark row = watermarks.findById(partnerId).orElseThrow();
        return Optional.of(row.pluginId().equals(pluginId) ? row.watermark() : initial);
    }

    void advance(long partnerId, String pluginId, Instant watermark, Instant now) {
        watermarks.advance(partnerId, pluginId, watermark, now);
    }

    void release(long partnerId) {
        watermarks.release(partnerId);
    }

    Optional<Instant> watermark(long partnerId) {
        return watermarks.findById(partnerId).map(Watermark::watermark);
    }

    PullView log(Pull pull) {
        return view(pulls.save(pull));
    }

    Page<PullView> pulls(long partnerId, Pageable pageable) {
        return pulls.findByPartnerIdOrderByIdDesc(partnerId, pageable).map(SyncStore::view);
    }

    private static PullView view(Pull p) {
        return new PullView(p.id(), p.partnerId(), p.pluginId(), p.outcome(), p.windowFrom(), p.windowTo(), p.pages(),
                p.saleLines(), p.orders(), p.accepted(), p.duplicates(), p.reversed(), p.ignored(), p.error(),
                p.startedAt(), p.endedAt());
    }

    @MappedEntity("plugin_sync_watermark")
    record Watermark(@Id long partnerId, String pluginId, Instant watermark, @Nullable Instant leaseUntil,
                     Instant updatedAt) {
    }

    @MappedEntity("plugin_sync_pull")
    record Pull(@Id @GeneratedValue @Nullable Long id, long partnerId, String pluginId, String outcome,
                @Nullable Instant windowFrom, @Nullable Instant windowTo, int pages, int saleLines, int orders,
                int accepted, int duplicates, int reversed, int ignored, @Nullable String error, Instant startedAt,
                Instant endedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Watermarks extends CrudRepository<Watermark, Long> {

        @Query("UPDATE plugin_sync_watermark SET lease_until = :leaseUntil "
                + "WHERE partner_id = :partnerId AND (lease_until IS NULL OR lease_until < :now)")
        long claim(long partnerId, Instant leaseUntil, Instant now);

        @Query("UPDATE plugin_sync_watermark SET plugin_id = :pluginId, watermark = :watermark, lease_until = NULL, "
                + "updated_at = :now WHERE partner_id = :partnerId")
        long advance(long partnerId, String pluginId, Instant watermark, Instant now);

        @Query("UPDATE plugin_sync_watermark SET lease_until = NULL WHERE partner_id = :partnerId")
        long release(long partnerId);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Pulls extends CrudRepository<Pull, Long> {

        Page<Pull> findByPartnerIdOrderByIdDesc(long partnerId, Pageable pageable);
    }
}
