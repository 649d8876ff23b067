package org.xinqiao.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** An event as clients see it; {@code startsAt} carries the offset of the event's zone. */
@Serdeable
public record EventView(long id, EventType type, String title, OffsetDateTime startsAt, String timeZone,
                        @Nullable String details, @Nullable String audience, @Nullable String link, Instant createdAt) {

    static EventView of(Event event) {
        return new EventView(event.id(), event.type(), event.title(),
                event.startsAt().atZone(ZoneId.of(event.timeZone())).toOffsetDateTime(), event.timeZone(),
                event.details(), event.audience(), event.link(), event.createdAt());
    }
}
