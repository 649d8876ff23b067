package org.xinqiao.station;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.xinqiao.need.ServiceType;

@MappedEntity("slot")
record Slot(@Id @GeneratedValue @Nullable Long id, long stationId, long villageId, @Nullable Long providerId, @Nullable Long roomId,
            ServiceType serviceType, Instant startsAt, Instant endsAt, int capacity, int booked, String slotKey, Instant createdAt) {

    static String key(long stationId, @Nullable Long providerId, @Nullable Long roomId, ServiceType type, Instant start) {
        return "s" + stationId + ":p" + (providerId == null ? "-" : providerId) + ":r" + (roomId == null ? "-" : roomId)
                + ":" + type.name() + ":" + start.getEpochSecond();
    }
}
