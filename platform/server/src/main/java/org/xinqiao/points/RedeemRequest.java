package org.xinqiao.points;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

@Serdeable
public record RedeemRequest(@NotNull Long rewardId, @NotNull @Min(1) @Max(100) Integer quantity) {
}
