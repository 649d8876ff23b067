package org.xinqiao.need;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A census round row; {@code status} is OPEN or CLOSED as staff left it, the lock is judged from {@code locksOn}. */
@MappedEntity("census_round")
record CensusRound(@Id @GeneratedValue @Nullable Long id, long villageId, String period, LocalDate startDate, LocalDate endDate,
                   LocalDate locksOn, String status, @Nullable ApprovalLevel approvedLevel, @Nullable Long openedBy,
                   Instant openedAt, @Nullable Long closedBy, @Nullable Instant closedAt) {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    RoundState state(LocalDate today) {
        if (CLOSED.equals(status)) {
            return RoundState.CLOSED;
        }
        return today.isAfter(locksOn) ? RoundState.LOCKED : RoundState.OPEN;
    }

    CensusRoundView view(LocalDate today) {
        return new CensusRoundView(id, villageId, period, startDate, endDate, locksOn, state(today), approvedLevel,
                approvedLevel == ApprovalLevel.COUNTY, openedBy, openedAt, closedAt);
    }
}
