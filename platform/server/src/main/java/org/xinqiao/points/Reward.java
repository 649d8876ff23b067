package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A catalog entry. {@code stock} is what is left; a deleted reward is retired, as redemptions still point at it. */
@MappedEntity("reward")
record Reward(@Id @GeneratedValue @Nullable Long id, String name, RewardKind kind, long pointsPrice, int stock,
              @Nullable Integer perAccountLimit, @Nullable Long partnerId, @Nullable Long villageId, @Nullable Long stationId,
              @Nullable LocalDate activeFrom, @Nullable LocalDate activeUntil, @Nullable Instant retiredAt,
              Instant createdAt, Instant updatedAt) {

    RedemptionPolicy.Offer offer() {
        return new RedemptionPolicy.Offer(pointsPrice, stock, perAccountLimit, activeFrom, activeUntil, retiredAt != null);
    }
}
