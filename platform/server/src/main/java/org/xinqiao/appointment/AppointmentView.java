package org.xinqiao.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import org.xinqiao.need.ServiceType;

/** An appointment as the family, the provider and the station's staff see it. */
@Serdeable
public record AppointmentView(long id, long slotId, long childId, long stationId, @Nullable Long needId, @Nullable Long providerId,
                              @Nullable Long roomId, ServiceType serviceType, Instant startsAt, Instant endsAt,
                              AppointmentStatus status, Instant createdAt, @Nullable Instant cancelledAt,
                              @Nullable Instant checkedInAt, @Nullable Instant completedAt, @Nullable Feedback feedback) {

    @Serdeable
    public record Feedback(int rating, @Nullable String comment, Instant givenAt) {
    }

    static AppointmentView of(Appointment a, @Nullable Feedback feedback) {
        return new AppointmentView(a.id(), a.slotId(), a.childId(), a.stationId(), a.needId(), a.providerId(), a.roomId(),
                a.serviceType(), a.startsAt(), a.endsAt(), a.status(), a.createdAt(), a.cancelledAt(), a.checkedInAt(),
                a.completedAt(), feedback);
    }
}
