package org.xinqiao.need;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One step in a need's history: from which status (none for the declaration) to which, by whom, when and why. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NeedStatusChangeView(long needId, @Nullable NeedStatus from, NeedStatus to, @Nullable Long actorId,
                                   @Nullable String note, Instant at) {
}
