package org.xinqiao.schedule;

import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;

/** The next fire times of a schedule, as wall-clock times with the offset of its zone. */
@Serdeable
public record PreviewView(String key, String cron, String timeZone, List<OffsetDateTime> fireTimes) {
}
