package org.xinqiao.event;

import io.micronaut.core.annotation.Nullable;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * An event a job asks for. {@code periodKey} names the occurrence ({@code joint-meeting:2027-02}): asking
 * again for the same type and period returns the event already there. {@code createdByRun} is the run id.
 */
public record NewEvent(EventType type, String title, ZonedDateTime startsAt, @Nullable String details,
                       @Nullable String audience, @Nullable String link, String periodKey, @Nullable Long createdByRun) {

    public NewEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(periodKey, "periodKey");
    }
}
