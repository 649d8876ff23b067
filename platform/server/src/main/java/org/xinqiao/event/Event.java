package org.xinqiao.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** An event as stored; unique per (type, period key), the occurrence it is for. */
@MappedEntity("event")
record Event(@Id @GeneratedValue @Nullable Long id, EventType type, String title, Instant startsAt, String timeZone,
             @Nullable String details, @Nullable String audience, @Nullable String link, String periodKey,
             @Nullable Long createdByRun, Instant createdAt) {
}
