package org.xinqiao.place;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("village")
record Village(@Id @GeneratedValue @Nullable Long id, String code, String name, String townshipCode, Instant createdAt) {
}
