package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

@Serdeable
public record RewardView(long id, String name, RewardKind kind, long pointsPrice, int stock, @Nullable Integer perAccountLimit,
                         @Nullable Long partnerId, @Nullable Long villageId, @Nullable Long stationId,
                         @Nullable LocalDate activeFrom, @Nullable LocalDate activeUntil, boolean retired) {

    static RewardView of(Reward r) {
        return new RewardView(r.id(), r.name(), r.kind(), r.pointsPrice(), r.stock(), r.perAccountLimit(), r.partnerId(),
                r.villageId(), r.stationId(), r.activeFrom(), r.activeUntil(), r.retiredAt() != null);
    }
}
