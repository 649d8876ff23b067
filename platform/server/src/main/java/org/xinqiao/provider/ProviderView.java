package org.xinqiao.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.xinqiao.need.ServiceType;

/** A provider with what they hold, where they serve, what they offer and when. */
@Serdeable
public record ProviderView(long id, long accountId, ProviderKind kind, String displayName, ProviderStatus status,
                           List<QualificationHeld> qualifications, List<Long> villageIds, List<ServiceType> serviceTypes,
                           List<WeeklyWindow> availability, Instant createdAt, @Nullable Instant decidedAt,
                           @Nullable String decisionNote) {

    /** Approved, offers the service and holds its required qualification, unexpired on that day (RULES.md §3). */
    public boolean mayDeliver(ServiceType serviceType, LocalDate day) {
        return status == ProviderStatus.APPROVED && serviceTypes.contains(serviceType)
                && qualifications.stream().anyMatch(q -> q.qualification() == serviceType.requiredQualification() && q.validOn(day));
    }

    public boolean serves(long villageId) {
        return villageIds.contains(villageId);
    }
}
