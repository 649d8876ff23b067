package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One ledger row: inserted, never updated. {@code reference} is unique, so nothing is posted twice. */
@MappedEntity("points_entry")
record PointsEntry(@Id @GeneratedValue @Nullable Long id, long accountId, long points, long balanceAfter, EntryKind kind,
                   @Nullable Activity rule, String reference, @Nullable String note, @Nullable Long approvedBy, Instant createdAt) {
}
