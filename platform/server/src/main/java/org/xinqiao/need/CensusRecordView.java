package org.xinqiao.need;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** One assessment of a child in a census round; revision 1 is the first, a higher one replaced it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CensusRecordView(long id, long roundId, long childId, int revision, Map<Indicator, Integer> scores,
                               long recordedBy, Instant recordedAt) {

    public CensusRecordView {
        var sorted = new EnumMap<Indicator, Integer>(Indicator.class);
        sorted.putAll(scores);
        scores = Collections.unmodifiableMap(sorted);
    }
}
