package org.xinqiao.place;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A village's care service station (关爱服务站). */
@MappedEntity("station")
record Station(@Id @GeneratedValue @Nullable Long id, long villageId, String name, @Nullable String address, Instant createdAt) {
}
