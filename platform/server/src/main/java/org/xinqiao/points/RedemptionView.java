package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/**
 * A redemption as its redeemer sees it. {@code pickupCode} (SUPPLY) is shown to the redeemer only;
 * {@code fulfilmentRef} names what fulfilled it (the platform's voucher id, an appointment, a pickup);
 * {@code balance} is the redeemer's balance right after this change, when the answer comes from one.
 */
@Serdeable
public record RedemptionView(long id, long accountId, long rewardId, String rewardName, RewardKind kind, int quantity, long points,
                             RedemptionStatus status, @Nullable String pickupCode, @Nullable String fulfilmentRef,
                             @Nullable String failureReason, OffsetDateTime createdAt, @Nullable Long balance) {
}
