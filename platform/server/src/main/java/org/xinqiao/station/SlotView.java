package org.xinqiao.station;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.xinqiao.need.ServiceType;

/** A bookable slot: who (provider and/or room), what, when, and how many seats are left. */
@Serdeable
public record SlotView(long id, long stationId, long villageId, @Nullable Long providerId, @Nullable Long roomId,
                       ServiceType serviceType, Instant startsAt, Instant endsAt, int capacity, int booked, int remaining) {

    static SlotView of(Slot slot) {
        return new SlotView(slot.id(), slot.stationId(), slot.villageId(), slot.providerId(), slot.roomId(), slot.serviceType(),
                slot.startsAt(), slot.endsAt(), slot.capacity(), slot.booked(), slot.capacity() - slot.booked());
    }
}
