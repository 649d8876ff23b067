package org.xinqiao.child;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

@MappedEntity("child")
record Child(@Id @GeneratedValue @Nullable Long id, String name, Gender gender, LocalDate birthDate, long villageId,
             @Nullable Long consentBy, @Nullable Instant consentAt, long createdBy, Instant createdAt) {
}
