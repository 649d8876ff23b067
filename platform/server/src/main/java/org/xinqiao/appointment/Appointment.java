package org.xinqiao.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import org.xinqiao.need.ServiceType;

@MappedEntity("appointment")
record Appointment(@Id @GeneratedValue @Nullable Long id, long slotId, long childId, long villageId, long stationId,
                   @Nullable Long needId, @Nullable Long providerId, @Nullable Long roomId, ServiceType serviceType,
                   Instant startsAt, Instant endsAt, AppointmentStatus status, long bookedBy, Instant createdAt,
                   @Nullable Instant cancelledAt, @Nullable Long cancelledBy, @Nullable Instant checkedInAt,
                   @Nullable Instant completedAt, @Nullable Long completedBy) {
}
