package org.xinqiao.need;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A declared need as every caller sees it. {@code urgency} runs from 1 (can wait) to 3 (urgent). */
@Serdeable
public record NeedView(long id, long childId, long villageId, ServiceType serviceType, String description, int urgency,
                       NeedStatus status, Instant createdAt) {
}
