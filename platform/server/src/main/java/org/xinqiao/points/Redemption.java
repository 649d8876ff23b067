package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A redemption: the points debited, the state of its fulfilment and what fulfilled it (voucher id, appointment…). */
@MappedEntity("redemption")
record Redemption(@Id @GeneratedValue @Nullable Long id, long accountId, long rewardId, int quantity, long points,
                  RedemptionStatus status, @Nullable String pickupCode, @Nullable String fulfilmentRef,
                  @Nullable String failureReason, Instant createdAt, Instant updatedAt) {
}
