package org.xinqiao.common;

import io.micronaut.serde.annotation.Serdeable;

/** One invalid field of a request: its path (e.g. {@code scores.M1}) and what is wrong with it. */
@Serdeable
public record FieldError(String field, String message) {
}
