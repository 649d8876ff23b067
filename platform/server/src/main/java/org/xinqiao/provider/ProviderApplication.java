package org.xinqiao.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.xinqiao.need.ServiceType;

/** A provider's application: what they hold, where they serve, what they offer and when (API.md). */
@Serdeable
public record ProviderApplication(@Nullable ProviderKind kind,
                                  @NotBlank @Size(max = 100) String displayName,
                                  @Nullable @Size(max = 500) String motivation,
                                  @NotEmpty @Size(max = 20) List<@Valid @NotNull QualificationHeld> qualifications,
                                  @NotEmpty @Size(max = 50) List<@NotNull Long> villages,
                                  @NotEmpty @Size(max = 20) List<@NotNull ServiceType> serviceTypes,
                                  @NotEmpty @Size(max = 50) List<@Valid @NotNull WeeklyWindow> availability) {
}
