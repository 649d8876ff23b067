package org.xinqiao.schedule;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One recurring job's schedule: a Quartz cron read as wall-clock time in {@code zone}. The key names
 * the job (RULES §6) and never changes; an administrator may change everything else.
 */
public record ScheduleDefinition(String key, String description, String cron, ZoneId zone, boolean enabled) {

    public ScheduleDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(zone, "zone");
    }
}
