package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;

@Serdeable
public record ClaimView(long id, long accountId, Activity activity, @Nullable BigDecimal hours, @Nullable Integer units,
                        String evidence, @Nullable Long villageId, @Nullable String source, long points, ClaimStatus status,
                        @Nullable Long decidedBy, @Nullable OffsetDateTime decidedAt, @Nullable String decisionNote,
                        OffsetDateTime createdAt) {

    static ClaimView of(Claim c, ZoneId zone) {
        return new ClaimView(c.id(), c.accountId(), c.activity(), c.hours(), c.units(), c.evidence(), c.villageId(), c.source(),
                c.points(), c.status(), c.decidedBy(), c.decidedAt() == null ? null : c.decidedAt().atZone(zone).toOffsetDateTime(),
                c.decisionNote(), c.createdAt().atZone(zone).toOffsetDateTime());
    }
}
