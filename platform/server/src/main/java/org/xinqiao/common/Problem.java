package org.xinqiao.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem document with our stable {@code code} and, for 400/422, the field errors. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    static Problem of(ErrorCode code, String detail, List<FieldError> errors) {
        return new Problem("https://xinqiao.org/problems/" + code.name().toLowerCase().replace('_', '-'),
                code.title(), code.status(), detail, code.name(), errors);
    }
}
