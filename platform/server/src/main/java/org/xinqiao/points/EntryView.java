package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A ledger entry: its points (negative for a debit), the balance after it, why it exists and who approved it. */
@Serdeable
public record EntryView(long id, long points, long balanceAfter, EntryKind kind, @Nullable Activity rule, String reference,
                        @Nullable String note, @Nullable Long approvedBy, OffsetDateTime at) {

    static EntryView of(PointsEntry e, ZoneId zone) {
        return new EntryView(e.id(), e.points(), e.balanceAfter(), e.kind(), e.rule(), e.reference(), e.note(), e.approvedBy(),
                e.createdAt().atZone(zone).toOffsetDateTime());
    }
}
