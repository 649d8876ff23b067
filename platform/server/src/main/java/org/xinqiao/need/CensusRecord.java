package org.xinqiao.need;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One assessment of a child in a round; revisions add rows, the highest revision is the current one. */
@MappedEntity("census_record")
record CensusRecord(@Id @GeneratedValue @Nullable Long id, long roundId, long childId, int revision, long recordedBy,
                    Instant recordedAt) {
}
