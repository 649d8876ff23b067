package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** A claim for points: priced when submitted, credited once when approved. {@code source} is unique (appointment:7). */
@MappedEntity("points_claim")
record Claim(@Id @GeneratedValue @Nullable Long id, long accountId, Activity activity, @Nullable BigDecimal hours,
             @Nullable Integer units, String evidence, @Nullable Long villageId, @Nullable String source, long points,
             ClaimStatus status, @Nullable Long decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote,
             Instant createdAt) {
}
