package org.xinqiao.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

@Serdeable
@MappedEntity("recruitment_application")
record RecruitmentApplication(@Id @GeneratedValue @Nullable Long id, long recruitmentId, long accountId, @Nullable String message,
                              Instant createdAt) {
}
