package org.xinqiao.common;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** The {@code ?page=&size=} of a list request; size is capped at 100 (API.md, Conventions). */
@Serdeable
public record PageQuery(@Nullable @QueryValue @Min(0) Integer page, @Nullable @QueryValue @Min(1) @Max(100) Integer size) {

    public Pageable pageable(Sort sort) {
        return Pageable.from(page == null ? 0 : page, size == null ? 20 : size, sort);
    }
}
