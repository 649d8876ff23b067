package org.xinqiao.plugin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/**
 * An installed plugin as administrators see it. {@code state} is PF4J's (STARTED, DISABLED, STOPPED, FAILED …) or
 * INVALID for a file in the plugins directory that is no loadable plugin; {@code circuit} is CLOSED, OPEN or
 * HALF_OPEN; {@code lastError} is the latest failure of a call, or why the plugin does not run.
 */
@Serdeable
public record PluginView(String id, @Nullable String version, String state, @Nullable String provider,
                         @Nullable String description, List<String> extensions, @Nullable String file, String circuit,
                         int consecutiveFailures, @Nullable Instant circuitOpenUntil, @Nullable String lastError,
                         @Nullable Instant lastErrorAt) {
}
