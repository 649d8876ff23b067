package org.xinqiao.provider;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly time window in civil time, {@code from} inclusive, {@code to} exclusive. */
@Serdeable
public record WeeklyWindow(@NotNull DayOfWeek dayOfWeek, @NotNull LocalTime from, @NotNull LocalTime to) {
}
