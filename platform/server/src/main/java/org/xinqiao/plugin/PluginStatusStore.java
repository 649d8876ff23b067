package org.xinqiao.plugin;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import org.pf4j.PluginStatusProvider;

/**
 * Which plugins are disabled, kept in the database rather than in PF4J's {@code disabled.txt}, so that every
 * instance sharing the database agrees. A plugin without a row is enabled.
 */
@Singleton
final class PluginStatusStore implements PluginStatusProvider {

    private final Statuses statuses;
    private final Clock clock;

    PluginStatusStore(Statuses statuses, Clock clock) {
        this.statuses = statuses;
        this.clock = clock;
    }

    @Override
    public boolean isPluginDisabled(String pluginId) {
        return statuses.findById(pluginId).map(status -> !status.enabled()).orElse(false);
    }

    @Override
    public void disablePlugin(String pluginId) {
        set(pluginId, false);
    }

    @Override
    public void enablePlugin(String pluginId) {
        set(pluginId, true);
    }

    void forget(String pluginId) {
        statuses.deleteById(pluginId);
    }

    private void set(String pluginId, boolean enabled) {
        PluginStatus status = new PluginStatus(pluginId, enabled, clock.instant());
        if (statuses.existsById(pluginId)) {
            statuses.update(status);
        } else {
            statuses.save(status);
        }
    }

    @MappedEntity("plugin_status")
    record PluginStatus(@Id String pluginId, boolean enabled, Instant updatedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Statuses extends CrudRepository<PluginStatus, String> {
    }
}
