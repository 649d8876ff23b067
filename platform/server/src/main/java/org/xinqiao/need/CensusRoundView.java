package org.xinqiao.need;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A census round of one village. It takes records while {@code state} is OPEN: until staff close it, and at the
 * latest through {@code locksAfter} (the period's end plus the configured lock days). Its results count once
 * {@code approvedLevel} reaches COUNTY.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CensusRoundView(long id, long villageId, String period, LocalDate startDate, LocalDate endDate,
                              LocalDate locksAfter, RoundState state, @Nullable ApprovalLevel approvedLevel,
                              boolean counted, @Nullable Long openedBy, Instant openedAt, @Nullable Instant closedAt) {
}
