package org.xinqiao.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A lecture the schools plan for a date; the school-lecture job announces it when it fires that day. */
@Serdeable
record NewLecturePlan(@NotNull LocalDate date,
                      @NotBlank @Size(max = 200) String topic,
                      @NotBlank @Size(max = 200) String school,
                      @Nullable @Size(max = 100) String speaker,
                      @Nullable @Size(max = 500) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) link") String link,
                      @Nullable @Size(max = 200) String audience) {
}
