package org.xinqiao.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** One lecture of the schools' term plan: the topic given on a date. */
@MappedEntity("lecture_plan")
record LecturePlan(@Id @GeneratedValue @Nullable Long id, LocalDate lectureDate, String topic, String school,
                   @Nullable String speaker, @Nullable String link, String audience, long createdBy, Instant createdAt) {
}
