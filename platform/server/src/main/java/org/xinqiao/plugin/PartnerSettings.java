package org.xinqiao.plugin;

import io.micronaut.core.type.Argument;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.xinqiao.common.Secrets;

/**
 * Each partner's settings for its platform plugin, stored as one encrypted JSON object. They are decrypted only to
 * hand them to the plugin for the length of a call; the API shows their keys, never their values.
 */
@Singleton
final class PartnerSettings {

    private static final Argument<Map<String, String>> MAP = Argument.mapOf(String.class, String.class);

    private final Rows rows;
    private final Secrets secrets;
    private final JsonMapper json;
    private final Clock clock;

    PartnerSettings(Rows rows, Secrets secrets, JsonMapper json, Clock clock) {
        this.rows = rows;
        this.secrets = secrets;
        this.json = json;
        this.clock = clock;
    }

    /** Replaces the partner's settings; answers their keys. */
    List<String> replace(long partnerId, String pluginId, Map<String, String> settings) {
        Row row = new Row(partnerId, pluginId, secrets.encrypt(write(new TreeMap<>(settings))), clock.instant());
        if (rows.existsById(partnerId)) {
            rows.update(row);
        } else {
            rows.save(row);
        }
        return List.copyOf(new TreeMap<>(settings).keySet());
    }

    List<String> keys(long partnerId, String pluginId) {
        return List.copyOf(new TreeMap<>(of(partnerId, pluginId)).keySet());
    }

    /** The settings in clear, for a call into the plugin; none if they were stored for another plugin. */
    Map<String, String> of(long partnerId, String pluginId) {
        return rows.findById(partnerId)
                .filter(row -> row.pluginId().equals(pluginId))
                .map(row -> read(secrets.decrypt(row.settingsEnc())))
                .orElse(Map.of());
    }

    private String write(Map<String, String> settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, MAP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @MappedEntity("plugin_settings")
    record Row(@Id long partnerId, String pluginId, String settingsEnc, Instant updatedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface Rows extends CrudRepository<Row, Long> {
    }
}
