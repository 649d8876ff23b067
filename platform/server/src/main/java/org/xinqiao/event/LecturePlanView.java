package org.xinqiao.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

@Serdeable
record LecturePlanView(long id, LocalDate date, String topic, String school, @Nullable String speaker,
                       @Nullable String link, String audience) {

    static LecturePlanView of(LecturePlan plan) {
        return new LecturePlanView(plan.id(), plan.lectureDate(), plan.topic(), plan.school(), plan.speaker(), plan.link(),
                plan.audience());
    }
}
