package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A reward as staff create or replace it. {@code partnerId} is required for a VOUCHER (its platform issues it);
 * {@code villageId}/{@code stationId} say where a SUPPLY is picked up and whose staff hand it over.
 * {@code activeFrom}/{@code activeUntil} are civil dates, both included.
 */
@Serdeable
public record RewardRequest(@NotBlank @Size(max = 100) String name, @NotNull RewardKind kind, @NotNull @Min(1) Long pointsPrice,
                            @NotNull @Min(0) Integer stock, @Nullable @Min(1) Integer perAccountLimit, @Nullable Long partnerId,
                            @Nullable Long villageId, @Nullable Long stationId, @Nullable LocalDate activeFrom,
                            @Nullable LocalDate activeUntil) {
}
