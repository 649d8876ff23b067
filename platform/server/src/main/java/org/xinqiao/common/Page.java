package org.xinqiao.common;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint answers: {@code {items, page, size, total}}. */
@Serdeable
public record Page<T>(List<T> items, int page, int size, long total) {

    public static <E, T> Page<T> of(io.micronaut.data.model.Page<E> page, Function<E, T> mapper) {
        return new Page<>(page.getContent().stream().map(mapper).toList(), page.getPageNumber(), page.getSize(),
                page.getTotalSize());
    }
}
