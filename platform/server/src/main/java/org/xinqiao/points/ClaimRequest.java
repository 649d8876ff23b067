package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A claim for points. {@code hours} for hourly activities (at most two decimals), {@code units} (records or cases,
 * default 1) for the others. {@code villageId} is the village whose staff confirm the activity; it may be left out
 * when the claimant acts for exactly one village.
 */
@Serdeable
public record ClaimRequest(@NotNull Activity activity, @Nullable BigDecimal hours, @Nullable Integer units,
                           @NotBlank @Size(max = 1000) String evidence, @Nullable Long villageId) {
}
