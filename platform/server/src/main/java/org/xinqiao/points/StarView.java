package org.xinqiao.points;

import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;

/** A points star of a year: rank 1 is first; {@code reachedAt} is when the account reached its year total. */
@Serdeable
public record StarView(int rank, long accountId, String displayName, long points, OffsetDateTime reachedAt) {
}
