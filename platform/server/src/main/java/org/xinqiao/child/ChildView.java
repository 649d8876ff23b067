package org.xinqiao.child;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** A child as the guardian or the village's staff see it. */
@Serdeable
public record ChildView(long id, String name, Gender gender, LocalDate birthDate, long villageId,
                        @Nullable Instant consentRecordedAt, Instant createdAt) {

    static ChildView of(Child child) {
        return new ChildView(child.id(), child.name(), child.gender(), child.birthDate(), child.villageId(), child.consentAt(),
                child.createdAt());
    }
}
