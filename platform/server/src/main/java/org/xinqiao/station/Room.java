package org.xinqiao.station;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
@MappedEntity("station_room")
public record Room(@Id @GeneratedValue @Nullable Long id, long stationId, RoomKind kind, String name, int capacity, Instant createdAt) {
}
