package org.xinqiao.schedule;

import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The schedules a fresh database is seeded with: {@code schedules.yml} (config/schedules.yml, RULES §6),
 * plus any {@code xinqiao.schedules.<key>.*} in the application's configuration, which wins per attribute
 * (operators may add a key such as {@code heartbeat}, or seed a different default).
 */
@Singleton
class ScheduleDefaults {

    private static final String PREFIX = "xinqiao.schedules.";

    private final Environment environment;
    private final ZoneId defaultZone;

    ScheduleDefaults(Environment environment) {
        this.environment = environment;
        this.defaultZone = environment.getProperty("xinqiao.time-zone", ZoneId.class).orElse(ZoneId.of("Asia/Shanghai"));
    }

    List<ScheduleDefinition> read() {
        Map<String, Map<String, Object>> attributes = new TreeMap<>();
        new YamlPropertySourceLoader().load("schedules", environment)
                .ifPresent(file -> collect(file, attributes));
        Collection<String> configured = environment.getPropertyEntries("xinqiao.schedules");
        for (String key : configured) {
            for (String attribute : List.of("description", "cron", "time-zone", "enabled")) {
                environment.getProperty(PREFIX + key + "." + attribute, Object.class)
                        .ifPresent(value -> attributes.computeIfAbsent(key, k -> new TreeMap<>()).put(attribute, value));
            }
        }
        List<ScheduleDefinition> definitions = new ArrayList<>();
        attributes.forEach((key, values) -> definitions.add(definition(key, values)));
        return definitions;
    }

    private static void collect(PropertySource file, Map<String, Map<String, Object>> attributes) {
        for (String name : file) {
            if (name.startsWith(PREFIX) && name.indexOf('.', PREFIX.length()) > 0) {
                String rest = name.substring(PREFIX.length());
                int dot = rest.indexOf('.');
                attributes.computeIfAbsent(rest.substring(0, dot), k -> new TreeMap<>()).put(rest.substring(dot + 1), file.get(name));
            }
        }
    }

    private ScheduleDefinition definition(String key, Map<String, Object> values) {
        Object cron = values.get("cron");
        if (cron == null) {
            throw new IllegalStateException("The default schedule '" + key + "' has no cron");
        }
        Object zone = values.get("time-zone");
        Object description = values.getOrDefault("description", key);
        Object enabled = values.getOrDefault("enabled", Boolean.TRUE);
        return new ScheduleDefinition(key, description.toString(), cron.toString(),
                zone == null ? defaultZone : ZoneId.of(zone.toString()), Boolean.parseBoolean(enabled.toString()));
    }
}
