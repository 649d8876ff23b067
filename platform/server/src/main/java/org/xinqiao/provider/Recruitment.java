package org.xinqiao.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import org.xinqiao.need.ServiceType;

/** A recruitment post (招募): open to applications up to and including {@code openUntil} (null: until withdrawn). */
@Serdeable
@MappedEntity("recruitment")
record Recruitment(@Id @GeneratedValue @Nullable Long id, @Nullable Long villageId, String title, String description,
                   @Nullable ServiceType serviceType, @Nullable LocalDate openUntil, long createdBy, Instant createdAt) {

    boolean openOn(LocalDate day) {
        return openUntil == null || !day.isAfter(openUntil);
    }
}
