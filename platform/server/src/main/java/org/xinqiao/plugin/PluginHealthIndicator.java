package org.xinqiao.plugin;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * {@code /health} details of every plugin: its state and its circuit. A failing plugin does not make the server
 * unhealthy (the rest of it works), so the status stays UP; the details say which plugin is in trouble.
 */
@Singleton
final class PluginHealthIndicator implements HealthIndicator {

    private final PluginService plugins;

    PluginHealthIndicator(PluginService plugins) {
        this.plugins = plugins;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Map<String, String>> details = new LinkedHashMap<>();
        for (PluginView plugin : plugins.plugins()) {
            Map<String, String> detail = new LinkedHashMap<>();
            detail.put("version", String.valueOf(plugin.version()));
            detail.put("state", plugin.state());
            detail.put("circuit", plugin.circuit());
            detail.put("consecutiveFailures", Integer.toString(plugin.consecutiveFailures()));
            if (plugin.lastError() != null) {
                detail.put("lastError", plugin.lastError());
            }
            details.put(plugin.id(), detail);
        }
        return Publishers.just(HealthResult.builder("plugins", HealthStatus.UP).details(details).build());
    }
}
