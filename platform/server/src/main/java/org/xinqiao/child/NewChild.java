package org.xinqiao.child;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** {@code POST /api/v1/children}. */
@Serdeable
public record NewChild(@NotBlank @Size(max = 100) String name,
                       @NotNull Gender gender,
                       @NotNull LocalDate birthDate,
                       @NotNull Long villageId,
                       @NotNull Relation relation,
                       @Nullable Boolean consent) {
}
