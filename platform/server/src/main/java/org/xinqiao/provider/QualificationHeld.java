package org.xinqiao.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.xinqiao.need.Qualification;

/** A qualification a provider holds; it counts up to and including {@code expiresOn} (null: no expiry). */
@Serdeable
public record QualificationHeld(@NotNull Qualification qualification, @Nullable LocalDate expiresOn) {

    public boolean validOn(LocalDate day) {
        return expiresOn == null || !day.isAfter(expiresOn);
    }
}
